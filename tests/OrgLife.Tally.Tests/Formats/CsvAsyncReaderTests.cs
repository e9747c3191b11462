using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrgLife.Tally.Box;
using OrgLife.Tally.Formats;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Merging;

namespace OrgLife.Tally.Tests.Formats;

/// <summary>
/// CsvBallotReader.ReadAsync on a stream that forbids synchronous reads (an HTTP request body): the same result as the
/// synchronous reader, cancellation honoured, progress never going backwards.
/// </summary>
public sealed class CsvAsyncReaderTests
{
    private static BallotBox Box() => new(BallotForms.FourGrades, TestForms.Candidates(3, 1), 1000);

    private static byte[] Branches(int count, int ballots = 3)
    {
        var csv = new StringBuilder("branch,ballot,candidate,grade\n");
        for (var b = 0; b < count; b++)
        {
            for (var s = 0; s < ballots; s++)
            {
                csv.Append($"b{b},s{s},m1,优秀\nb{b},s{s},m2,合格\n");
            }
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    /// <summary>What a reading gave: each branch's tally, the rows told as skipped, and the failure, if any.</summary>
    private sealed record Outcome(List<BranchTally> Tallies, List<string> Told, string? Failure)
    {
        public bool SameAs(Outcome other) =>
            Tallies.Count == other.Tallies.Count
            && Tallies.Zip(other.Tallies).All(p => p.First.Branch == p.Second.Branch && p.First.Tally.Equals(p.Second.Tally))
            && Told.SequenceEqual(other.Told) && Failure == other.Failure;
    }

    private static Outcome ReadSync(Stream input, int regroupLimit)
    {
        var told = new List<string>();
        var tallies = new List<BranchTally>();
        try
        {
            tallies.AddRange(new CsvBallotReader(_ => Box(), e => told.Add(e.ToString())) { RegroupLimit = regroupLimit }.Read(input));
            return new(tallies, told, null);
        }
        catch (InvalidDataException ex)
        {
            return new(tallies, told, ex.Message);
        }
    }

    private static async Task<Outcome> ReadAsync(Stream input, int regroupLimit, IProgress<TallyProgress>? progress = null)
    {
        var told = new List<string>();
        var tallies = new List<BranchTally>();
        try
        {
            await foreach (var tally in new CsvBallotReader(_ => Box(), e => told.Add(e.ToString())) { RegroupLimit = regroupLimit }.ReadAsync(input, progress))
            {
                tallies.Add(tally);
            }

            return new(tallies, told, null);
        }
        catch (InvalidDataException ex)
        {
            return new(tallies, told, ex.Message);
        }
    }

    [Property(MaxTest = 150)]
    public Property The_async_reading_equals_the_synchronous_one_whatever_the_chunks_and_the_regroup_limit()
    {
        var cases = from c in CsvRobustnessProperties.ShuffledCases
                    from chunk in Gen.Elements(1, 7, 64, 4096)
                    from limit in Gen.Elements(1, 40, 200, CsvBallotReader.DefaultRegroupLimit)
                    select (Case: c, Chunk: chunk, Limit: limit);
        return Prop.ForAll(cases.ToArbitrary(), x =>
        {
            var expected = ReadSync(new NonSeekableStream(x.Case.Csv), x.Limit);
            var actual = ReadAsync(new AsyncOnlyStream(x.Case.Csv, x.Chunk), x.Limit).GetAwaiter().GetResult();
            var seekable = x.Limit >= x.Case.Csv.Length ? ReadSync(new MemoryStream(x.Case.Csv), x.Limit) : expected;
            return actual.SameAs(expected) && actual.SameAs(seekable);
        });
    }

    [Fact]
    public async Task Progress_counts_every_byte_and_branch_and_never_goes_backwards()
    {
        var csv = Branches(200);
        var progress = new RecordingProgress<TallyProgress>();
        var outcome = await ReadAsync(new AsyncOnlyStream(csv, 333), CsvBallotReader.DefaultRegroupLimit, progress);
        Assert.Equal(200, outcome.Tallies.Count);
        var reports = progress.Reports;
        Assert.True(reports.Zip(reports.Skip(1)).All(p => p.Second.Bytes >= p.First.Bytes && p.Second.Branches >= p.First.Branches));
        Assert.Equal(new TallyProgress(csv.Length, 200), reports[^1]);
    }

    [Fact]
    public async Task Cancelling_stops_the_reading_with_operation_canceled()
    {
        using var cancellation = new CancellationTokenSource();
        var read = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in new CsvBallotReader(_ => Box()).ReadAsync(new AsyncOnlyStream(Branches(500), 64), cancellationToken: cancellation.Token))
            {
                if (++read == 3)
                {
                    await cancellation.CancelAsync();
                }
            }
        });
        Assert.Equal(3, read);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in new CsvBallotReader(_ => Box()).ReadAsync(new AsyncOnlyStream(Branches(5)), cancellationToken: new CancellationToken(canceled: true)))
            {
            }
        });
    }

    [Fact]
    public async Task Cancelling_a_reading_that_waits_for_input_ends_it()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in new CsvBallotReader(_ => Box()).ReadAsync(new StalledStream("branch,ballot,candidate,grade\nb1,1,m1,优秀\n"u8.ToArray()), cancellationToken: cancellation.Token))
            {
            }
        });
    }

    [Fact]
    public async Task A_malformed_header_and_a_failing_source_surface_as_themselves()
    {
        await Assert.ThrowsAsync<InvalidDataException>(async () =>
        {
            await foreach (var _ in new CsvBallotReader(_ => Box()).ReadAsync(new AsyncOnlyStream("who,what\n"u8.ToArray())))
            {
            }
        });
        await Assert.ThrowsAsync<IOException>(async () =>
        {
            await foreach (var _ in new CsvBallotReader(_ => Box()).ReadAsync(new AsyncOnlyStream(Branches(3), 50, new IOException("connection reset"))))
            {
            }
        });
    }

    [Fact]
    public async Task Leaving_the_loop_early_ends_the_reading()
    {
        await foreach (var tally in new CsvBallotReader(_ => Box()).ReadAsync(new AsyncOnlyStream(Branches(1000), 128)))
        {
            Assert.Equal("b0", tally.Branch.Value);
            break;
        }
    }

    /// <summary>A request body whose client sent some bytes and then nothing more: reads wait until cancelled.</summary>
    private sealed class StalledStream(byte[] first) : Stream
    {
        private bool sent;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (!sent)
            {
                sent = true;
                first.CopyTo(buffer);
                return first.Length;
            }

            await Task.Delay(Timeout.Infinite, cancellationToken);
            return 0;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
