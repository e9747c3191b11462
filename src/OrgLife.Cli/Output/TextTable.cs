using System.Text;

namespace OrgLife.Cli.Output;

/// <summary>
/// Writes rows as an aligned table with a header line; every column but the last is padded to its
/// widest cell in terminal columns (<see cref="DisplayWidth"/>), the last is left ragged.
/// </summary>
internal static class TextTable
{
    private const string Gap = "  ";

    // One line at a time, reused: a tally prints thousands of tables, so no string per padded cell or line.
    [ThreadStatic]
    private static StringBuilder? line;

    /// <summary>Writes <paramref name="header"/> and <paramref name="rows"/>, each indented by <paramref name="indent"/>.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, string indent = "")
    {
        var widths = new int[header.Count];
        Widen(widths, header);
        for (var r = 0; r < rows.Count; r++)
        {
            Widen(widths, rows[r]);
        }

        var text = line ??= new StringBuilder(256);
        WriteRow(writer, text, widths, header, indent);
        for (var r = 0; r < rows.Count; r++)
        {
            WriteRow(writer, text, widths, rows[r], indent);
        }
    }

    private static void Widen(int[] widths, IReadOnlyList<string> row)
    {
        for (var c = 0; c < row.Count; c++)
        {
            widths[c] = Math.Max(widths[c], DisplayWidth.Of(row[c]));
        }
    }

    // The indent, the cells (each but the last padded) between gaps, trailing white space trimmed, then a newline.
    private static void WriteRow(TextWriter writer, StringBuilder text, int[] widths, IReadOnlyList<string> row, string indent)
    {
        text.Clear();
        text.Append(indent);
        for (var c = 0; c < row.Count; c++)
        {
            if (c > 0)
            {
                text.Append(Gap);
            }

            var cell = row[c];
            text.Append(cell);
            if (c < row.Count - 1)
            {
                text.Append(' ', Math.Max(0, widths[c] - DisplayWidth.Of(cell)));
            }
        }

        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        text.Length = end;
        writer.Write(text);
        writer.WriteLine();
    }
}
