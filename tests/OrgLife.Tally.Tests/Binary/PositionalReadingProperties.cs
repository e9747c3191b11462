using FsCheck;
using FsCheck.Fluent;
using OrgLife.Tally.Formats.Binary;

namespace OrgLife.Tally.Tests.Binary;

/// <summary>
/// Exact first, then fast: a file counted at positions (a <see cref="FileStream"/>: each worker reads its own piece
/// outside the lock) gives what the sequential reading of the same bytes gives (any other stream, read in order under
/// the splitter's lock) — the same totals, blocks, skipped blocks, or the same first error with its offset, field and
/// message — on random rounds with corrupt bytes, re-signed impossible headers, truncated tails, blocks larger than a
/// chunk, chunks of odd sizes, 1–3 workers, skipping on and off, and the ballot file starting inside the stream.
/// </summary>
public sealed class PositionalReadingProperties
{
    [Fact]
    public void Counting_a_file_at_positions_equals_counting_its_bytes_in_order()
    {
        var cases =
            from seed in Gen.Choose(1, int.MaxValue)
            from workers in Gen.Choose(1, 3)
            from chunkBytes in Gen.Elements(4096, 5000, 65536)
            from edits in Gen.Choose(0, 2)
            from patches in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(1, 3)))
            from cut in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 300)))
            from prefix in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 40)))
            select (seed, workers, chunkBytes, edits, patches, cut, prefix);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(120), Prop.ForAll(cases.ToArbitrary(), c => Same(c.seed, c.workers, c.chunkBytes, c.edits, c.patches, c.cut, c.prefix)));
    }

    private static bool Same(int seed, int workers, int chunkBytes, int edits, int patches, int cut, int prefix)
    {
        var random = new Random(seed);
        var file = CountsRollUpProperties.Round(random);
        var blocks = BinaryTestFiles.BlockOffsets(file);
        for (var patch = 0; patch < patches; patch++)
        {
            // A header that still checks but declares the impossible: skipped when asked, an error otherwise.
            var (field, value) = random.Next(4) switch
            {
                0 => (16, random.Next(2) == 0 ? -1 : BallotFileLayout.MaxBallots + 1),
                1 => (20, 0),
                2 => (4, random.Next(2) == 0 ? random.Next(0, 100_000) : int.MaxValue),
                _ => (24, random.Next(2) == 0 ? 0 : 0x0002_0001),
            };
            BinaryTestFiles.PatchHeaderField(file, blocks[random.Next(blocks.Count)], field, value);
        }

        for (var edit = 0; edit < edits; edit++)
        {
            file[16 + random.Next(file.Length - 16)] = (byte)random.Next(256);
        }

        file = file[..Math.Max(0, file.Length - cut)];
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, [.. Enumerable.Repeat((byte)'x', prefix), .. file]);
            foreach (var skip in new[] { true, false })
            {
                var options = new BallotReadOptions { SkipCorruptBlocks = skip, WorkerCount = workers, ChunkBytes = chunkBytes };
                var sequential = Counted(new MemoryStream(file), options);
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: prefix % 2 == 0 ? 0 : 4096);
                stream.Position = prefix;
                Assert.Equal(sequential, Counted(stream, options));
            }
        }
        finally
        {
            File.Delete(path);
        }

        return true;
    }

    /// <summary>What a count gives, as text to compare: totals, every block counted (in branch order), skipped blocks; or the error.</summary>
    private static string Counted(Stream source, BallotReadOptions options)
    {
        var branches = new System.Collections.Concurrent.ConcurrentBag<string>();
        try
        {
            var totals = BinaryBallotTally.Count(source, options, counts => branches.Add($"{counts.BranchId}:{counts.BallotCount}:{string.Join(',', counts.Counts)}"));
            return string.Join(
                '\n',
                $"{totals.BranchCount} {totals.BallotCount} {totals.MarkCount} {totals.SkippedBlockCount}",
                string.Join(';', totals.CriterionTotals.Select(t => string.Join(',', t))),
                string.Join(';', totals.SkippedBlocks.Select(s => $"{s.Offset} {s.Field} {s.Reason} {s.OverLimit}")),
                string.Join(';', branches.Order(StringComparer.Ordinal)));
        }
        catch (BallotFormatException error)
        {
            return $"error at {error.Offset}, {error.Field}: {error.Message}";
        }
    }
}
