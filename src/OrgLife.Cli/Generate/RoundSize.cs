using OrgLife.Tally.Formats.Binary;
using OrgLife.Tally.Synthetic;

namespace OrgLife.Cli.Generate;

/// <summary>
/// The size of a synthetic round and of its binary file: branches, ballots, marks, bytes. <see cref="Estimate"/> is
/// exact for a round of up to <see cref="SampleSize"/> branches and otherwise scales an evenly spaced sample of that
/// many (a branch's shape costs about 0.35 µs, so the whole national round would take a second and a half).
/// </summary>
/// <param name="Branches">Branches (one block each).</param>
/// <param name="Ballots">Ballots, one per full member.</param>
/// <param name="Marks">Marks: ballots × candidates × criteria, summed.</param>
/// <param name="Bytes">The file's length.</param>
/// <param name="IsExact">False when scaled from a sample.</param>
internal sealed record RoundSize(long Branches, long Ballots, long Marks, long Bytes, bool IsExact)
{
    /// <summary>Branches whose shapes are read for an estimate.</summary>
    public const int SampleSize = 65_536;

    /// <summary>The size of the round, exact when it has at most <see cref="SampleSize"/> branches, else scaled from a sample.</summary>
    public static RoundSize Estimate(SyntheticBallotGenerator generator)
    {
        var branches = generator.Options.BranchCount;
        if (branches <= SampleSize)
        {
            return Exact(generator);
        }

        var (ballots, marks, blockBytes) = Sum(generator, Enumerable.Range(0, SampleSize).Select(i => generator.ShapeOf(i * branches / SampleSize)));
        var scale = (double)branches / SampleSize;
        return new RoundSize(branches, (long)(ballots * scale), (long)(marks * scale), BallotFileLayout.FileHeaderSize + (long)(blockBytes * scale), IsExact: false);
    }

    /// <summary>The exact size of the round, from every branch's shape.</summary>
    public static RoundSize Exact(SyntheticBallotGenerator generator)
    {
        var (ballots, marks, blockBytes) = Sum(generator, generator.Shapes());
        return new RoundSize(generator.Options.BranchCount, ballots, marks, BallotFileLayout.FileHeaderSize + blockBytes, IsExact: true);
    }

    /// <summary>Ballots, marks and block bytes (header, level counts, serials, marks) of <paramref name="shapes"/>.</summary>
    private static (long Ballots, long Marks, long BlockBytes) Sum(SyntheticBallotGenerator generator, IEnumerable<SyntheticBranchShape> shapes)
    {
        var serialBytes = generator.Options.IncludeSerials ? sizeof(ulong) : 0;
        long ballots = 0, marks = 0, bytes = 0;
        foreach (var shape in shapes)
        {
            ballots += shape.BallotCount;
            marks += shape.MarkCount;
            bytes += BallotFileLayout.BlockHeaderSize + shape.CriteriaPerCandidate + ((long)serialBytes * shape.BallotCount) + shape.MarkCount;
        }

        return (ballots, marks, bytes);
    }
}
