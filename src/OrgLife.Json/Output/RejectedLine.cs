namespace OrgLife.Json.Output;

/// <summary>A line of a <c>.jsonl</c> input that could not be read, as the summary lists it (control characters escaped).</summary>
/// <param name="Line">Its 1-based number.</param>
/// <param name="Path">The JSON path of the offending value.</param>
/// <param name="Message">What was wrong.</param>
public sealed record RejectedLine(long Line, string Path, string Message);
