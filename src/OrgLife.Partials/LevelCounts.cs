using System.Collections.Immutable;

namespace OrgLife.Partials;

/// <summary>
/// Counts summed over a set of branches of one assessment: ballots, graded members and the overall criterion's marks.
/// <see cref="LevelTotals"/> holds one for the assessments that count and one, reported apart, for the void ones (OL401).
/// </summary>
/// <param name="Issued">Ballots issued.</param>
/// <param name="Accepted">Ballots accepted (valid).</param>
/// <param name="Rejected">Ballots rejected whole (OL402 and the other reasons).</param>
/// <param name="GradedMembers">Full members graded.</param>
/// <param name="OverallMarks">Valid marks of the overall criterion per level (index 0 = level 1, the best), trailing zero levels left out.</param>
/// <param name="OverallAbstentions">Blank overall marks.</param>
/// <param name="OverallVoidMarks">Void overall marks (OL403).</param>
/// <param name="IgnoredProbationaryMarks">Marks ignored for probationary members (OL404).</param>
/// <param name="UnattributableVoidMarks">Void marks for no column (OL403).</param>
/// <param name="VoidedBallots">Ballots voided whole by the form's validity rules (废票): returned, not valid.</param>
public sealed record LevelCounts(
    long Issued,
    long Accepted,
    long Rejected,
    long GradedMembers,
    ImmutableArray<long> OverallMarks,
    long OverallAbstentions,
    long OverallVoidMarks,
    long IgnoredProbationaryMarks,
    long UnattributableVoidMarks,
    long VoidedBallots = 0)
{
    /// <summary>No branch: every count 0.</summary>
    public static LevelCounts Zero { get; } = new(0, 0, 0, 0, [], 0, 0, 0, 0);

    /// <summary>Trims trailing zero levels, so that equal counts have equal arrays.</summary>
    /// <param name="byLevel">Marks per level, index 0 = level 1.</param>
    public static ImmutableArray<long> Trim(IReadOnlyList<long> byLevel)
    {
        ArgumentNullException.ThrowIfNull(byLevel);
        var length = byLevel.Count;
        while (length > 0 && byLevel[length - 1] == 0)
        {
            length--;
        }

        return [.. byLevel.Take(length)];
    }

    /// <summary>Adds counts field by field.</summary>
    /// <param name="other">The other counts.</param>
    public LevelCounts Plus(LevelCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var marks = new long[Math.Max(OverallMarks.Length, other.OverallMarks.Length)];
        for (var i = 0; i < marks.Length; i++)
        {
            marks[i] = checked((i < OverallMarks.Length ? OverallMarks[i] : 0) + (i < other.OverallMarks.Length ? other.OverallMarks[i] : 0));
        }

        return new LevelCounts(
            checked(Issued + other.Issued),
            checked(Accepted + other.Accepted),
            checked(Rejected + other.Rejected),
            checked(GradedMembers + other.GradedMembers),
            Trim(marks),
            checked(OverallAbstentions + other.OverallAbstentions),
            checked(OverallVoidMarks + other.OverallVoidMarks),
            checked(IgnoredProbationaryMarks + other.IgnoredProbationaryMarks),
            checked(UnattributableVoidMarks + other.UnattributableVoidMarks),
            checked(VoidedBallots + other.VoidedBallots));
    }

    /// <inheritdoc />
    public bool Equals(LevelCounts? other) =>
        other is not null && Issued == other.Issued && Accepted == other.Accepted && Rejected == other.Rejected
        && GradedMembers == other.GradedMembers && OverallMarks.SequenceEqual(other.OverallMarks)
        && OverallAbstentions == other.OverallAbstentions && OverallVoidMarks == other.OverallVoidMarks
        && IgnoredProbationaryMarks == other.IgnoredProbationaryMarks && UnattributableVoidMarks == other.UnattributableVoidMarks
        && VoidedBallots == other.VoidedBallots;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Issued, Accepted, Rejected, GradedMembers, OverallAbstentions);

    /// <summary>Prints the marks per level, not the array's type.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(System.Globalization.CultureInfo.InvariantCulture,
            $"Issued = {Issued}, Accepted = {Accepted}, Rejected = {Rejected}, GradedMembers = {GradedMembers}, OverallMarks = [{string.Join(", ", OverallMarks)}], ");
        builder.Append(System.Globalization.CultureInfo.InvariantCulture,
            $"OverallAbstentions = {OverallAbstentions}, OverallVoidMarks = {OverallVoidMarks}, IgnoredProbationaryMarks = {IgnoredProbationaryMarks}, UnattributableVoidMarks = {UnattributableVoidMarks}, VoidedBallots = {VoidedBallots}");
        return true;
    }
}
