using System.Diagnostics;
using System.Globalization;

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
    private TimeSpan last;
    private int shownWidth;

    /// <summary>Called after each branch; prints when due.</summary>
    public void Tick(long branches)
    {
        var now = clock.Elapsed;
        if (!enabled || now < Delay || now - last < Interval)
        {
            return;
        }

        last = now;
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"orglife tally: {Percent()} ({input.Position / 1e6:0.0} of {input.Length / 1e6:0.0} MB), {branches:N0} branches");
        error.Write("\r" + line.PadRight(shownWidth));
        error.Flush();
        shownWidth = line.Length;
    }

    /// <summary>Erases the line, if one was shown.</summary>
    public void Finish()
    {
        if (shownWidth > 0)
        {
            error.Write("\r" + new string(' ', shownWidth) + "\r");
            error.Flush();
        }
    }

    private string Percent() => input.Length == 0 ? "100%" : (100.0 * input.Position / input.Length).ToString("0", CultureInfo.InvariantCulture) + "%";
}
