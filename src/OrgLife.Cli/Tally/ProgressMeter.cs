using System.Diagnostics;
using System.Globalization;
using OrgLife.Cli.Progress;

namespace OrgLife.Cli.Tally;

/// <summary>
/// A one-line progress indicator on stderr for a tally that takes more than a second: the share of the input read
/// and the branches done, rewritten in place with a carriage return at most five times a second and erased at
/// the end. Off unless enabled (stderr is a terminal, or --progress always), so it never reaches a file or a test.
/// </summary>
internal sealed class ProgressMeter(TextWriter error, Stream input, bool enabled)
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly StatusLine line = new(error);
    private TimeSpan last;

    /// <summary>Called after each branch; prints when due.</summary>
    public void Tick(long branches)
    {
        var now = clock.Elapsed;
        if (!enabled || now < Delay || now - last < Interval)
        {
            return;
        }

        last = now;
        line.Show($"orglife tally: {Share.Of(input.Position, input.Length)}, {branches.ToString("N0", CultureInfo.InvariantCulture)} branches");
    }

    /// <summary>Erases the line, if one was shown.</summary>
    public void Finish() => line.Erase();
}
