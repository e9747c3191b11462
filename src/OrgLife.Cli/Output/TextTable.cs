namespace OrgLife.Cli.Output;

/// <summary>
/// Writes rows as an aligned table with a header line; every column but the last is padded to its
/// widest cell in terminal columns (<see cref="DisplayWidth"/>), the last is left ragged.
/// </summary>
internal static class TextTable
{
    private const string Gap = "  ";

    /// <summary>Writes <paramref name="header"/> and <paramref name="rows"/>, each indented by <paramref name="indent"/>.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, string indent = "")
    {
        var widths = new int[header.Count];
        foreach (var row in rows.Prepend(header))
        {
            for (var c = 0; c < row.Count; c++)
            {
                widths[c] = Math.Max(widths[c], DisplayWidth.Of(row[c]));
            }
        }

        foreach (var row in rows.Prepend(header))
        {
            var cells = row.Select((cell, c) => c == row.Count - 1 ? cell : DisplayWidth.PadRight(cell, widths[c]));
            writer.WriteLine((indent + string.Join(Gap, cells)).TrimEnd());
        }
    }
}
