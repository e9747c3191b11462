namespace OrgLife.Cli.Pipeline;

/// <summary>
/// Maps a stream of items on the thread pool and yields the results in input order, with a bounded number of items in
/// flight: the caller's thread reads the source and consumes the results, so at most <c>window</c> items (and their
/// results) are held at any time, whatever the length of the source. One worker maps on the caller's thread, in
/// order, with nothing in flight: the plain reference the parallel path is tested against.
/// </summary>
internal static class OrderedParallel
{
    /// <summary>Items in flight per worker: enough to keep every worker busy while the caller writes one result.</summary>
    public const int WindowPerWorker = 4;

    /// <summary>
    /// <paramref name="map"/> of every item of <paramref name="source"/>, in source order. <paramref name="map"/> must
    /// be thread safe when <paramref name="workers"/> is above 1; an exception it throws is rethrown when its item's turn
    /// comes, as the sequential path would.
    /// </summary>
    /// <param name="source">The items, read on the caller's thread.</param>
    /// <param name="map">The work per item.</param>
    /// <param name="workers">How many items may be mapped at once (1 maps in order on the caller's thread).</param>
    /// <param name="cancellation">Checked before each item is read.</param>
    public static IEnumerable<TResult> Map<TItem, TResult>(IEnumerable<TItem> source, Func<TItem, TResult> map, int workers, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        return workers == 1 ? Sequential(source, map, cancellation) : Parallel(source, map, workers * WindowPerWorker, cancellation);
    }

    private static IEnumerable<TResult> Sequential<TItem, TResult>(IEnumerable<TItem> source, Func<TItem, TResult> map, CancellationToken cancellation)
    {
        foreach (var item in source)
        {
            cancellation.ThrowIfCancellationRequested();
            yield return map(item);
        }
    }

    private static IEnumerable<TResult> Parallel<TItem, TResult>(IEnumerable<TItem> source, Func<TItem, TResult> map, int window, CancellationToken cancellation)
    {
        // The queue holds the pending results in input order; the oldest is awaited once the window is full, so the
        // reader never runs more than `window` items ahead of the writer.
        var pending = new Queue<Task<TResult>>(window);
        try
        {
            foreach (var item in source)
            {
                cancellation.ThrowIfCancellationRequested();
                if (pending.Count == window)
                {
                    yield return pending.Dequeue().GetAwaiter().GetResult();
                }

                pending.Enqueue(Task.Run(() => map(item), CancellationToken.None));
            }

            while (pending.Count > 0)
            {
                yield return pending.Dequeue().GetAwaiter().GetResult();
            }
        }
        finally
        {
            // Stopped early (an exception, a cancellation, the caller leaving the loop): let the started items finish, so
            // no work outlives the call, and observe their exceptions.
            foreach (var task in pending)
            {
                try
                {
                    task.Wait(CancellationToken.None);
                }
                catch (AggregateException)
                {
                    // The caller is already leaving with its own exception or result; a discarded item's failure is not news.
                }
            }
        }
    }
}
