using System.Globalization;

namespace OrgLife.Cli.Progress;

/// <summary>How far through a file a progress line is: <c>42% (1,024.0 of 2,438.1 MB)</c>.</summary>
internal static class Share
{
    /// <summary>The share of <paramref name="total"/> bytes done, at most 100% (an estimated total may be passed).</summary>
    public static string Of(long done, long total)
    {
        var percent = total <= 0 ? 100 : Math.Min(100, 100.0 * done / total);
        return string.Create(CultureInfo.InvariantCulture, $"{percent:0}% ({done / 1e6:N1} of {total / 1e6:N1} MB)");
    }
}
