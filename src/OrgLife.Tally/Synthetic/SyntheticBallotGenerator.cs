using System.Collections.Immutable;
using OrgLife.Tally.Kernels;

namespace OrgLife.Tally.Synthetic;

/// <summary>
/// Synthetic national-scale 民主测评 ballots, seeded and reproducible: every branch is a pure function of
/// (seed, branch index), so a round can be streamed, split across threads, or regenerated branch by branch without
/// ever holding the country in memory. Thread safe: it keeps no mutable state.
/// </summary>
/// <remarks>
/// <para>Branch sizes: 3 + round(47 × B) with B ~ Beta(6, 9), i.e. 3…50 members, mean 21.8 (the national mean is
/// 100.27 million members / 4.614 million branches = 21.7), standard deviation about 5.8. Each member is probationary
/// with <see cref="SyntheticRoundOptions.ProbationaryShare"/> (at least one full member stays). Full members are the
/// candidates and the voters, so a branch gives (full members)² marks per criterion: about 478 on average, 2.2 billion
/// for the 4.614 million branches of the single-grade form.</para>
/// <para>Grade mix: each candidate has a standing (15% strong, 80% ordinary, 5% weak) and each mark is drawn from that
/// standing's distribution (see docs/tally-binary-format.md): overall about 18.7% 优秀, 73.0% 合格, 3.4% 基本合格, 0.5%
/// 不合格, 3.9% blank (abstention) and 0.5% void; the 好/一般/差 criteria about 79% 好, 16% 一般, 1.4% 差.</para>
/// </remarks>
internal sealed class SyntheticBallotGenerator
{
    /// <summary>Levels of the overall grade: 优秀, 合格, 基本合格, 不合格.</summary>
    public const int OverallLevelCount = 4;

    /// <summary>Levels of the other criteria: 好, 一般, 差.</summary>
    public const int CriterionLevelCount = 3;

    // Per standing (strong, ordinary, weak), in basis points: blank, level 1, level 2, …, void.
    private static readonly int[][] OverallMix = [[300, 6000, 3650, 0, 0, 50], [400, 1200, 8100, 250, 0, 50], [500, 200, 5500, 2800, 950, 50]];
    private static readonly int[][] CriterionMix = [[300, 9200, 450, 0, 50], [400, 7800, 1650, 100, 50], [500, 4000, 4200, 1250, 50]];
    private static readonly byte[][] OverallTables = [.. OverallMix.Select(BuildTable)];
    private static readonly byte[][] CriterionTables = [.. CriterionMix.Select(BuildTable)];

    /// <summary>Initializes a generator for a round.</summary>
    /// <param name="options">The round's settings.</param>
    public SyntheticBallotGenerator(SyntheticRoundOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        LevelCounts = [.. Enumerable.Range(0, options.CriteriaPerCandidate)
            .Select(criterion => (byte)(criterion == options.CriteriaPerCandidate - 1 ? OverallLevelCount : CriterionLevelCount))];
    }

    /// <summary>Gets the round's settings.</summary>
    public SyntheticRoundOptions Options { get; }

    /// <summary>Gets the level count of each criterion of a candidate, in column order (the overall grade last).</summary>
    public ImmutableArray<byte> LevelCounts { get; }

    /// <summary>Gets the level count of the widest criterion: the matrix's level count for the kernel.</summary>
    public int LevelCount => OverallLevelCount;

    /// <summary>Returns the size of a branch's assessment.</summary>
    /// <param name="branchIndex">0 … <see cref="SyntheticRoundOptions.BranchCount"/> − 1.</param>
    public SyntheticBranchShape ShapeOf(long branchIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(branchIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(branchIndex, Options.BranchCount);
        var random = new Xoshiro256StarStar(BranchSeed(branchIndex, stream: 0));
        var strong = Gamma(ref random, 6);
        var beta = strong / (strong + Gamma(ref random, 9));
        var members = 3 + (int)Math.Round(47 * beta);
        var probationary = 0;
        for (var member = 0; member < members; member++)
        {
            probationary += random.NextOpenDouble() <= Options.ProbationaryShare ? 1 : 0;
        }

        return new SyntheticBranchShape(branchIndex, branchIndex + 1, members, Math.Min(probationary, members - 1), Options.CriteriaPerCandidate);
    }

    /// <summary>Writes a branch's marks, ballots × columns row-major, codes as in <see cref="MarkCodes"/>.</summary>
    /// <param name="shape">The branch, from <see cref="ShapeOf"/>.</param>
    /// <param name="marks">Exactly <see cref="SyntheticBranchShape.MarkCount"/> bytes.</param>
    public void FillMarks(SyntheticBranchShape shape, Span<byte> marks)
    {
        if (marks.Length != shape.MarkCount)
        {
            throw new ArgumentException($"Branch {shape.BranchId} has {shape.MarkCount} marks, the buffer holds {marks.Length}.", nameof(marks));
        }

        var random = new Xoshiro256StarStar(BranchSeed(shape.BranchIndex, stream: 1));
        Span<byte> standing = stackalloc byte[shape.CandidateCount];
        for (var candidate = 0; candidate < standing.Length; candidate++)
        {
            var draw = random.NextUInt64() % 100;
            standing[candidate] = (byte)(draw < 15 ? 0 : draw < 95 ? 1 : 2);
        }

        var criteria = shape.CriteriaPerCandidate;
        ulong bits = 0;
        var left = 0;
        var index = 0;
        for (var ballot = 0; ballot < shape.BallotCount; ballot++)
        {
            for (var candidate = 0; candidate < standing.Length; candidate++)
            {
                for (var criterion = 0; criterion < criteria; criterion++)
                {
                    if (left == 0)
                    {
                        bits = random.NextUInt64();
                        left = 4;
                    }

                    var table = criterion == criteria - 1 ? OverallTables[standing[candidate]] : CriterionTables[standing[candidate]];
                    marks[index++] = table[(int)(bits & 0xFFFF)];
                    bits >>= 16;
                    left--;
                }
            }
        }
    }

    /// <summary>Writes a branch's ballot serials: distinct across the whole round (a bijective mix of branch ID and ballot).</summary>
    /// <param name="shape">The branch, from <see cref="ShapeOf"/>.</param>
    /// <param name="serials">Exactly <see cref="SyntheticBranchShape.BallotCount"/> values.</param>
    public static void FillSerials(SyntheticBranchShape shape, Span<ulong> serials)
    {
        if (serials.Length != shape.BallotCount)
        {
            throw new ArgumentException($"Branch {shape.BranchId} has {shape.BallotCount} ballots, the buffer holds {serials.Length}.", nameof(serials));
        }

        for (var ballot = 0; ballot < serials.Length; ballot++)
        {
            var state = unchecked(((ulong)shape.BranchId << 8) + (ulong)ballot - 0x9E3779B97F4A7C15UL);
            serials[ballot] = Xoshiro256StarStar.SplitMix64(ref state);
        }
    }

    /// <summary>Returns every branch's shape in order, lazily.</summary>
    public IEnumerable<SyntheticBranchShape> Shapes()
    {
        for (long index = 0; index < Options.BranchCount; index++)
        {
            yield return ShapeOf(index);
        }
    }

    private ulong BranchSeed(long branchIndex, int stream)
    {
        var state = unchecked(Options.Seed ^ (((ulong)branchIndex * 2) + (ulong)stream) * 0xD1B54A32D192ED03UL);
        return Xoshiro256StarStar.SplitMix64(ref state);
    }

    /// <summary>Gamma(k, 1) for a whole k: minus the log of a product of k uniforms.</summary>
    private static double Gamma(ref Xoshiro256StarStar random, int shape)
    {
        var product = 1.0;
        for (var i = 0; i < shape; i++)
        {
            product *= random.NextOpenDouble();
        }

        return -Math.Log(product);
    }

    /// <summary>A 65,536-entry lookup from 16 random bits to a code, for a mix in basis points (blank, levels…, void).</summary>
    private static byte[] BuildTable(int[] basisPoints)
    {
        var table = new byte[65536];
        var start = 0;
        var cumulative = 0;
        for (var slot = 0; slot < basisPoints.Length; slot++)
        {
            cumulative += basisPoints[slot];
            var end = (int)((long)cumulative * 65536 / 10000);
            var code = slot == basisPoints.Length - 1 ? MarkCodes.Void : (byte)slot;
            table.AsSpan(start, end - start).Fill(code);
            start = end;
        }

        return table;
    }
}
