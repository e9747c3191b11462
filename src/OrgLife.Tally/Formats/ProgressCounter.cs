namespace OrgLife.Tally.Formats;

/// <summary>
/// Counts bytes and branches from several threads and reports them one at a time, so the reports an
/// <see cref="IProgress{T}"/> receives never go backwards.
/// </summary>
internal sealed class ProgressCounter(IProgress<TallyProgress>? progress)
{
    private readonly Lock gate = new();
    private long bytes;
    private long branches;

    public void AddBytes(long count) => Report(count, 0);

    public void AddBranches(long count) => Report(0, count);

    private void Report(long moreBytes, long moreBranches)
    {
        lock (gate)
        {
            bytes += moreBytes;
            branches += moreBranches;
            progress?.Report(new TallyProgress(bytes, branches));
        }
    }
}
