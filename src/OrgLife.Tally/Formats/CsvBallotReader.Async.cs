using System.Runtime.CompilerServices;
using System.Threading.Channels;
using OrgLife.Tally.Merging;

namespace OrgLife.Tally.Formats;

/// <summary>
/// Asynchronous reading, for input such as an ASP.NET Core request body that forbids synchronous reads and cannot seek:
/// the input is read only with <see cref="Stream.ReadAsync(Memory{byte}, CancellationToken)"/>, in one pass, and the
/// synchronous reader runs over what arrives on a worker thread. The result is exactly <see cref="Read(Stream)"/>'s on
/// a stream that cannot seek (docs/tally.md, "Row order"): input up to <see cref="RegroupLimit"/> bytes is held and
/// regrouped if its rows are apart; larger input is streamed with memory bounded and stopped at the first row apart.
/// </summary>
public sealed partial class CsvBallotReader
{
    /// <summary>
    /// Reads UTF-8 CSV from a stream asynchronously (see the class remarks); the stream is read to its end, not closed,
    /// and never read synchronously.
    /// </summary>
    /// <param name="utf8Csv">The input; need not seek.</param>
    /// <param name="progress">Told the bytes read and the branches finished, from any thread, one report at a time, never going backwards; or null.</param>
    /// <param name="cancellationToken">Stops the reading: the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>Each branch's tally, in input order, as the branch ends. The box-opening and row-error callbacks run on a worker thread.</returns>
    /// <exception cref="InvalidDataException">The header is missing or malformed, or rows are apart in input too large to regroup.</exception>
    public async IAsyncEnumerable<BranchTally> ReadAsync(Stream utf8Csv, IProgress<TallyProgress>? progress = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Csv);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var counter = new ProgressCounter(progress);
        using var feed = new FeedStream(stop.Token);
        var tallies = Channel.CreateBounded<BranchTally>(new BoundedChannelOptions(16) { SingleReader = true, SingleWriter = true });
        var pump = feed.PumpAsync(utf8Csv, counter);
        var worker = Task.Run(
            () =>
            {
                try
                {
                    foreach (var tally in Read(feed))
                    {
                        while (!tallies.Writer.TryWrite(tally))
                        {
                            if (!tallies.Writer.WaitToWriteAsync(stop.Token).AsTask().GetAwaiter().GetResult())
                            {
                                return;
                            }
                        }
                    }
                }
                finally
                {
                    tallies.Writer.TryComplete();
                }
            },
            stop.Token);
        try
        {
            while (await tallies.Reader.WaitToReadAsync(stop.Token).ConfigureAwait(false))
            {
                while (tallies.Reader.TryRead(out var tally))
                {
                    counter.AddBranches(1);
                    yield return tally;
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }

            // The worker's failure (a malformed header, rows apart) surfaces as itself; so does the source's, which the
            // worker only sees as the feed closing.
            try
            {
                await worker.ConfigureAwait(false);
            }
            catch (ChannelClosedException)
            {
                await pump.ConfigureAwait(false);
                throw;
            }

            await pump.ConfigureAwait(false);
        }
        finally
        {
            // Stopped early (cancelled, a failure, or the caller left the loop): end the pump and the worker before leaving.
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(pump, worker).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
