using NodaTime;
using OrgLife.Text;

namespace OrgLife.Cli.Commands;

/// <summary>What a command writes to and reads the time from; tests pass their own writers and clock.</summary>
/// <param name="Out">Where results go (stdout).</param>
/// <param name="Error">Where errors go (stderr).</param>
/// <param name="Clock">The clock, read only to default --as-of to today.</param>
/// <param name="ErrorIsTerminal">True when stderr is a terminal (only then may a progress line be drawn on it).</param>
internal sealed record CommandContext(TextWriter Out, TextWriter Error, IClock Clock, bool ErrorIsTerminal = false)
{
    /// <summary>Cancelled by Ctrl+C (long commands stop cleanly and exit <see cref="ExitCodes.Cancelled"/>).</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>Writes one error line, prefixed with the tool's name.</summary>
    public void Fail(string message) => Error.WriteLine($"orglife: {PrintableText.Escape(message)}");
}
