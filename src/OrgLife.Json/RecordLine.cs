namespace OrgLife.Json;

/// <summary>One non-blank line of a <c>.jsonl</c> input: its 1-based number and the record it held, or why it was rejected.</summary>
/// <param name="Line">The 1-based line number in the input (blank lines counted, never reported).</param>
/// <param name="Result">The record read from the line, or its error (positions within the line).</param>
public readonly record struct RecordLine(long Line, RecordReadResult Result);
