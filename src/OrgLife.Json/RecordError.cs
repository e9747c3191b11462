using System.Globalization;
using OrgLife.Text;

namespace OrgLife.Json;

/// <summary>
/// Why a record could not be read: the JSON path of the offending value (<c>$.branch.members[3].status</c>),
/// what was wrong, and where in the text, when known (1-based line and byte column, 0-based byte offset).
/// </summary>
/// <param name="Path">The JSON path, from <c>$</c>.</param>
/// <param name="Message">What was expected and what was found.</param>
/// <param name="Line">The 1-based line in the document, when known.</param>
/// <param name="Column">The 1-based byte position in that line, when known.</param>
/// <param name="ByteOffset">The 0-based byte offset from the start of the input, when known (invalid UTF-8).</param>
public sealed record RecordError(string Path, string Message, long? Line = null, long? Column = null, long? ByteOffset = null)
{
    /// <summary>
    /// The error as one line of text: <c>$.branch.kind (line 4, column 13): expected …</c>, with the byte offset when
    /// known; control characters from the input escaped.
    /// </summary>
    public override string ToString()
    {
        var where = (Line, ByteOffset) switch
        {
            ({ } line, { } offset) => string.Create(CultureInfo.InvariantCulture, $" (line {line}, column {Column}, byte offset {offset})"),
            ({ } line, null) => string.Create(CultureInfo.InvariantCulture, $" (line {line}, column {Column})"),
            _ => string.Empty,
        };
        return PrintableText.Escape($"{Path}{where}: {Message}");
    }
}
