namespace OrgLife.Tally.Formats.Binary;

/// <summary>A corrupt block that was skipped (its header check held, so its length was known) and why.</summary>
/// <param name="Offset">The byte offset of the block in the file.</param>
/// <param name="Field">The field at fault.</param>
/// <param name="Reason">What is wrong.</param>
public sealed record SkippedBlock(long Offset, string Field, string Reason);
