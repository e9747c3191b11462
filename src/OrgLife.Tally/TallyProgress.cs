namespace OrgLife.Tally;

/// <summary>
/// How far a long tally operation has come, as reported to an <see cref="IProgress{T}"/>: the bytes read from the input
/// (0 where the operation reads no bytes, such as a roll-up of tallies) and the branches finished. Both only grow
/// from one report to the next.
/// </summary>
/// <param name="Bytes">Bytes read from the input so far.</param>
/// <param name="Branches">Branches read, tallied or rolled up so far.</param>
public readonly record struct TallyProgress(long Bytes, long Branches);
