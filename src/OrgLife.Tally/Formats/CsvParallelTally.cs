using System.Runtime.ExceptionServices;
using OrgLife.Ids;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Merging;

namespace OrgLife.Tally.Formats;

/// <summary>
/// Reads a CSV long-format file (docs/tally.md) on several cores: the input is cut into chunks at branch boundaries
/// (<see cref="CsvBallotReader.FindCuts"/>), each chunk is read by its own <see cref="CsvBallotReader"/> (with its own
/// census a step ahead, for boxes whose candidates come from the CSV) on a worker, and the branches come back in
/// input order, with the row errors in line order and numbered as in the whole input. Branches are independent, so
/// this equals the sequential reading whenever every chunk reads alone as it reads within the whole; when that cannot
/// be proved — a chunk's rows are apart, a branch has rows in two chunks, a later header, a header not found — nothing
/// is reported and the result is null: read the input sequentially, which regroups it or names the first row apart.
/// An FsCheck property binds it to the sequential reader at any chunk boundary.
/// </summary>
public static class CsvParallelTally
{
    /// <summary>The smallest chunk worth a worker: smaller inputs are not cut (the result is then null).</summary>
    public const long MinimumChunkBytes = 4 << 20;

    // Chunks per core, at most: a core left with the last chunk idles the others for up to a chunk's time.
    private const long ChunksPerWorker = 16;

    /// <summary>
    /// Reads the input on <paramref name="workers"/> cores, or returns null (having reported nothing) when it is too
    /// small to cut or cannot be read in chunks exactly; then read it with <see cref="CsvBallotReader"/>.
    /// </summary>
    /// <typeparam name="T">What each branch becomes on its worker (its report, say).</typeparam>
    /// <param name="open">Opens the input from its start: a seekable stream of UTF-8 bytes (called several times, concurrently).</param>
    /// <param name="form">The form of the boxes (for the census's columns).</param>
    /// <param name="openBox">
    /// Opens a branch's box, given the branch and a function giving its census (<see cref="CsvBranchCensus"/>: candidates
    /// and ballots returned, from the branch's own rows) — call it at most once, within this call. Called concurrently
    /// from the workers, in input order within a chunk. Null skips the branch's rows as unknown.
    /// </param>
    /// <param name="finish">Turns a branch's tally into the caller's result, on the worker.</param>
    /// <param name="onRowError">Told of every skipped row, in line order, after every chunk was read; or null.</param>
    /// <param name="workers">The cores to use, at least 1.</param>
    /// <param name="cancellationToken">Stops the reading between chunks.</param>
    /// <returns>Each branch's result in input order, or null.</returns>
    public static IReadOnlyList<T>? TryRead<T>(
        Func<Stream> open,
        BallotForm form,
        Func<BranchId, Func<BranchCensus>, BallotBox?> openBox,
        Func<BranchTally, T> finish,
        Action<CsvRowError>? onRowError,
        int workers,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        long length;
        using (var probe = open())
        {
            length = probe.Length;
        }

        // Many chunks per core, so the cores finish together: the last chunk read alone keeps one core busy.
        var chunks = (int)Math.Min(workers * ChunksPerWorker, length / MinimumChunkBytes);
        return chunks < 2 ? null : TryRead(open, [.. Enumerable.Range(1, chunks - 1).Select(i => length * i / chunks)], form, openBox, finish, onRowError, workers, cancellationToken);
    }

    /// <summary>As <see cref="TryRead{T}(Func{Stream}, BallotForm, Func{BranchId, Func{BranchCensus}, BallotBox?}, Func{BranchTally, T}, Action{CsvRowError}?, int, CancellationToken)"/>, cut near the offsets given (the property's way in).</summary>
    internal static IReadOnlyList<T>? TryRead<T>(
        Func<Stream> open,
        IReadOnlyList<long> wishedCuts,
        BallotForm form,
        Func<BranchId, Func<BranchCensus>, BallotBox?> openBox,
        Func<BranchTally, T> finish,
        Action<CsvRowError>? onRowError,
        int workers,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(openBox);
        ArgumentNullException.ThrowIfNull(finish);
        long length;
        (int HeaderEnd, long[] Cuts)? found;
        byte[] header;
        using (var input = open())
        {
            length = input.Length;
            found = CsvBallotReader.FindCuts(input, wishedCuts);
            if (found is not { Cuts.Length: > 0 })
            {
                return null;
            }

            header = new byte[found.Value.HeaderEnd];
            input.Position = 0;
            input.ReadExactly(header);
        }

        var bounds = found.Value.Cuts.Prepend(0L).Append(length).ToArray();
        var read = new Chunk<T>?[bounds.Length - 1];
        var failed = 0;
        try
        {
            Parallel.For(
                0,
                read.Length,
                new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken },
                (index, state) =>
                {
                    if (Volatile.Read(ref failed) != 0)
                    {
                        state.Stop();
                        return;
                    }

                    read[index] = ReadChunk(open, index == 0 ? [] : header, bounds[index], bounds[index + 1] - bounds[index], form, openBox, finish);
                    if (read[index] is null)
                    {
                        Volatile.Write(ref failed, 1);
                    }
                });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }

        if (failed != 0 || read.Any(r => r is null))
        {
            return null;
        }

        var branches = new HashSet<string>(StringComparer.Ordinal);
        if (!read.All(chunk => chunk!.Branches.All(branches.Add)))
        {
            return null;
        }

        // Line numbers: each chunk's own, less the header lines read before it, plus the lines of the chunks before.
        var headerLines = header.AsSpan().Count((byte)'\n');
        var linesBefore = 0L;
        var results = new List<T>();
        for (var index = 0; index < read.Length; index++)
        {
            var chunk = read[index]!;
            var shift = index == 0 ? 0 : linesBefore - headerLines;
            foreach (var error in chunk.Errors)
            {
                onRowError?.Invoke(error with { LineNumber = error.LineNumber + shift });
            }

            results.AddRange(chunk.Results);
            linesBefore += chunk.LineFeeds;
        }

        return results;
    }

    // One chunk read alone, or null when it cannot be (rows apart, a later header, a malformed header).
    private static Chunk<T>? ReadChunk<T>(
        Func<Stream> open,
        byte[] header,
        long start,
        long length,
        BallotForm form,
        Func<BranchId, Func<BranchCensus>, BallotBox?> openBox,
        Func<BranchTally, T> finish)
    {
        CsvChunkStream? aheadStream = null;
        IEnumerator<BranchCensus>? ahead = null;
        BranchCensus Census(BranchId branch)
        {
            ahead ??= CsvBranchCensus.ReadTrustedChunk(aheadStream = new CsvChunkStream(open(), header, start, length), form).GetEnumerator();
            while (ahead.MoveNext())
            {
                if (ahead.Current.Branch == branch)
                {
                    return ahead.Current;
                }
            }

            return new BranchCensus(branch, [], 0);
        }

        var errors = new List<CsvRowError>();
        var reader = new CsvBallotReader(branch => openBox(branch, () => Census(branch)), errors.Add).AsChunk(CsvBallotReader.ChunkMode.Checked);
        using var input = new CsvChunkStream(open(), header, start, length);
        try
        {
            var results = new List<T>();
            foreach (var branch in reader.Read(input))
            {
                results.Add(finish(branch));
            }

            return new Chunk<T>(results, errors, [.. reader.BranchesRead()], input.LineFeeds);
        }
        catch (Exception e) when (e is CsvBallotReader.ChunkNotReadableException or InvalidDataException)
        {
            return null;
        }
        finally
        {
            ahead?.Dispose();
            aheadStream?.Dispose();
        }
    }

    private sealed record Chunk<T>(List<T> Results, List<CsvRowError> Errors, string[] Branches, long LineFeeds);
}
