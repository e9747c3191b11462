using System.Text;

namespace OrgLife.Cli.Output;

/// <summary>
/// Writes rows as an aligned table with a header line; every column but the last is padded to its
/// widest cell in terminal columns (<see cref="DisplayWidth"/>), the last is left ragged, and a line's trailing white
/// space is cut. Each line is put together in one builder per thread and written from it: a validation report has some
/// fifty rows, and a string per cell, per padded cell and per line cost more than the validation.
/// </summary>
internal static class TextTable
{
    private const string Gap = "  ";

    [ThreadStatic]
    private static StringBuilder? line;

    /// <summary>Writes <paramref name="header"/> and <paramref name="rows"/>, each indented by <paramref name="indent"/>.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, string indent = "")
    {
        var widths = new int[header.Count];
        Measure(header, widths);
        for (var r = 0; r < rows.Count; r++)
        {
            Measure(rows[r], widths);
        }

        var builder = line ??= new StringBuilder();
        WriteRow(writer, builder, header, widths, indent);
        for (var r = 0; r < rows.Count; r++)
        {
            WriteRow(writer, builder, rows[r], widths, indent);
        }
    }

    private static void Measure(IReadOnlyList<string> row, int[] widths)
    {
        for (var c = 0; c < row.Count; c++)
        {
            widths[c] = Math.Max(widths[c], DisplayWidth.Of(row[c]));
        }
    }

    private static void WriteRow(TextWriter writer, StringBuilder builder, IReadOnlyList<string> row, int[] widths, string indent)
    {
        builder.Clear().Append(indent);
        var last = row.Count - 1;
        for (var c = 0; c <= last; c++)
        {
            var cell = row[c];
            builder.Append(cell);
            if (c < last)
            {
                builder.Append(' ', Math.Max(0, widths[c] - DisplayWidth.Of(cell))).Append(Gap);
            }
        }

        var end = builder.Length;
        while (end > 0 && char.IsWhiteSpace(builder[end - 1]))
        {
            end--;
        }

        builder.Length = end;
        // One call per line, as before: the console's writer flushes on every call. A cleared builder is one chunk.
        var chunks = builder.GetChunks();
        if (chunks.MoveNext() && chunks.Current.Length == end)
        {
            writer.WriteLine(chunks.Current.Span);
        }
        else
        {
            writer.WriteLine(builder.ToString());
        }
    }
}
