using System.Globalization;
using OrgLife.Tally.Messages;

namespace OrgLife.Tally.Formats.Binary;

/// <summary>A block that was skipped (its header check held, so its length was known) and why; the offset is always the block's own start.</summary>
/// <param name="Offset">The byte offset of the block in the file.</param>
/// <param name="Field">The field at fault.</param>
/// <param name="Text">What is wrong, in either culture.</param>
public sealed record SkippedBlock(long Offset, string Field, TallyMessage Text)
{
    /// <summary>What is wrong, in English.</summary>
    public string Reason => Text.ToString();

    /// <summary>What is wrong, in <paramref name="culture"/> (Simplified Chinese for any <c>zh</c> culture).</summary>
    /// <param name="culture">The caller's culture.</param>
    public string MessageIn(CultureInfo culture) => Text.In(culture);

    /// <summary>
    /// True for a sound block skipped whatever <see cref="BallotReadOptions.SkipCorruptBlocks"/> says: it is over a memory
    /// limit (<see cref="BallotReadOptions.MaxCountersPerBlock"/>) or no form fits its level counts (roll-up).
    /// </summary>
    public bool OverLimit { get; init; }
}
