namespace OrgLife.Cli.Progress;

/// <summary>
/// A progress line on stderr for work that runs in a library call without callbacks (a binary tally, a generated
/// round): a timer draws <c>status()</c> one second after the start, then every 200 ms, until disposed, which erases
/// the line. Nothing is drawn when not enabled (stderr is not a terminal and --progress is not always), nor for work
/// that ends within the second.
/// </summary>
internal sealed class TimedProgress : IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    private readonly Lock gate = new();
    private readonly StatusLine line;
    private readonly Func<string> status;
    private readonly Timer? timer;
    private bool stopped;

    /// <summary>Starts the timer when <paramref name="enabled"/>.</summary>
    /// <param name="error">stderr.</param>
    /// <param name="enabled">Whether to draw at all.</param>
    /// <param name="status">The line to draw; called on a timer thread, so it may only read thread-safe counters.</param>
    public TimedProgress(TextWriter error, bool enabled, Func<string> status)
    {
        line = new StatusLine(error);
        this.status = status;
        timer = enabled ? new Timer(_ => Draw(), null, Delay, Interval) : null;
    }

    /// <summary>Stops the timer and erases the line.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            stopped = true;
            timer?.Dispose();
            line.Erase();
        }
    }

    private void Draw()
    {
        lock (gate)
        {
            if (!stopped)
            {
                line.Show(status());
            }
        }
    }
}
