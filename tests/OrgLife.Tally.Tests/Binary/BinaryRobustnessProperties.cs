using FsCheck;
using FsCheck.Fluent;
using OrgLife.Tally.Formats.Binary;
using OrgLife.Tally.Reports;

namespace OrgLife.Tally.Tests.Binary;

/// <summary>
/// Never throw (issue 9): the binary readers on arbitrary bytes after a valid file header, and on arbitrary mutations of
/// valid files, either read or stop with a <see cref="BallotFormatException"/> naming an offset inside the file — never
/// another exception — and with skipping on, every sound block before the first fatal one is counted.
/// </summary>
public sealed class BinaryRobustnessProperties
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(200);

    private static readonly BallotReadOptions Skipping = new() { SkipCorruptBlocks = true, WorkerCount = 2, ChunkBytes = 4096 };

    [Fact]
    public void Arbitrary_bytes_after_a_file_header_are_read_or_refused_with_a_format_error()
    {
        var header = BinaryTestFiles.Synthetic(1, 1)[..16];
        var bytes = Gen.ArrayOf(Gen.Frequency(
            (3, Gen.Elements("OLBK"u8.ToArray(), new byte[] { 0, 0, 0, 0 }, new byte[] { 1, 0, 0, 0 }, new byte[] { 4 }, new byte[] { 255 }, new byte[] { 0xFF, 0xFF, 0xFF, 0x7F })),
            (1, Gen.Choose(0, 255).Select(b => new[] { (byte)b }))))
            .Select(pieces => header.Concat(pieces.SelectMany(p => p)).ToArray());
        Check.One(Quick, Prop.ForAll(bytes.ToArbitrary(), ReadsOrRefuses));
    }

    [Fact]
    public void Mutations_of_a_valid_file_are_read_or_refused_with_a_format_error()
    {
        var mutated =
            from seed in Gen.Choose(1, 1000)
            from edits in Gen.ArrayOf(from at in Gen.Choose(0, int.MaxValue) from value in Gen.Choose(0, 255) select (at, value))
            select Mutate(BinaryTestFiles.Synthetic((ulong)seed, 4, criteria: seed % 2 == 0 ? 6 : 1, serials: seed % 3 == 0), edits);
        Check.One(Quick, Prop.ForAll(mutated.ToArbitrary(), ReadsOrRefuses));
    }

    private static bool ReadsOrRefuses(byte[] file)
    {
        foreach (var read in new Action[]
        {
            () => BinaryBallotTally.Count(new MemoryStream(file)),
            () => BinaryBallotTally.Count(new MemoryStream(file), Skipping),
            () => BinaryBallotTally.RollUp(new MemoryStream(file), SuggestionRule.Default, _ => [], Skipping),
            () =>
            {
                using var reader = new BallotFileReader(new MemoryStream(file), Skipping);
                while (reader.MoveNext())
                {
                }
            },
        })
        {
            try
            {
                read();
            }
            catch (BallotFormatException e) when (e.Offset >= 0 && e.Offset <= file.Length)
            {
            }
        }

        return true;
    }

    private static byte[] Mutate(byte[] file, (int At, int Value)[] edits)
    {
        var bytes = (byte[])file.Clone();
        foreach (var (at, value) in edits)
        {
            // Past the file header mostly, where the blocks are; now and then the header too.
            bytes[at % 7 == 0 ? at % bytes.Length : 16 + (at % Math.Max(1, bytes.Length - 16))] = (byte)value;
        }

        return bytes;
    }
}
