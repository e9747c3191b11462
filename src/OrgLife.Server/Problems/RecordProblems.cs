using System.Text.Json;
using OrgLife.Json;
using OrgLife.Server.Hosting;

namespace OrgLife.Server.Problems;

/// <summary>A record that does not read: a 400 problem (one record) or a problem line (a batch) naming the JSON path, line, column and byte offset.</summary>
internal static class RecordProblems
{
    /// <summary>The 400 problem of an unreadable record.</summary>
    public static IResult Unreadable(HttpContext context, RecordError error) =>
        Unreadable(context, error, StatusCodes.Status400BadRequest, Title(context));

    /// <summary>The problem of an unreadable document (a record, or a policy file posted with it) with its status and title.</summary>
    public static IResult Unreadable(HttpContext context, RecordError error, int status, string title) =>
        Bodies.Problem(context, status, title, error.ToString(),
            [.. new (string Key, object? Value)[] { ("path", error.Path), ("line", error.Line), ("column", error.Column), ("byteOffset", error.ByteOffset) }.Where(e => e.Value is not null)]);

    /// <summary>The problem line of an unreadable line of a batch.</summary>
    public static string Line(HttpContext context, long line, RecordError error) =>
        JsonSerializer.Serialize(
            new BatchLineProblem("problem", StatusCodes.Status400BadRequest, Title(context), $"line {line}: {error}", line, error.Path, error.Line, error.Column, error.ByteOffset),
            ServerJsonContext.Default.BatchLineProblem);

    private static string Title(HttpContext context) => ServerText.Pick(ServerText.Culture(context), "The record cannot be read", "记录无法读取");
}

/// <summary>The problem line a batch answers for a line that does not read, in the shape of a problem details document.</summary>
/// <param name="Kind">Always <c>problem</c> (a report line has <c>report</c>).</param>
/// <param name="Status">400.</param>
/// <param name="Title">The problem's title.</param>
/// <param name="Detail">The line and what is wrong.</param>
/// <param name="Line">The line of the batch (1-based).</param>
/// <param name="Path">The JSON path within the line's record.</param>
/// <param name="LineInRecord">The line within the record, when known (a JSON Lines record is one line: 1).</param>
/// <param name="Column">The byte column within the line, when known.</param>
/// <param name="ByteOffset">The byte offset within the line, when known.</param>
internal sealed record BatchLineProblem(string Kind, int Status, string Title, string Detail, long Line, string Path, long? LineInRecord, long? Column, long? ByteOffset);
