using OrgLife.Text;

namespace OrgLife.Cli.Json;

/// <summary>
/// Why a record could not be read: the JSON path of the offending value (<c>$.branch.members[3].status</c>),
/// what was wrong, and where in the text, when known (1-based line and byte column).
/// </summary>
/// <param name="Path">The JSON path, from <c>$</c>.</param>
/// <param name="Message">What was expected and what was found.</param>
/// <param name="Line">The 1-based line in the document, when known.</param>
/// <param name="Column">The 1-based byte position in that line, when known.</param>
internal sealed record RecordError(string Path, string Message, long? Line = null, long? Column = null)
{
    /// <summary>The error as one line of text: <c>$.branch.kind (line 4, column 13): expected …</c>; control characters from the input escaped.</summary>
    public override string ToString()
        => PrintableText.Escape(Line is { } line ? $"{Path} (line {line}, column {Column}): {Message}" : $"{Path}: {Message}");
}
