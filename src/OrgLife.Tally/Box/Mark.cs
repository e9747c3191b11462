using System.Globalization;

namespace OrgLife.Tally.Box;

/// <summary>
/// One mark on a ballot: the level(s) a voter chose for one candidate's criterion, or for a committee criterion.
/// Choices are level names (优秀) or codes (<c>excellent</c>, any case), or whole-number scores on a score scale.
/// No choice is a blank (an abstention); more than one distinct level makes the mark void (OL403).
/// </summary>
/// <param name="Candidate">The candidate's member ID; null for the committee section.</param>
/// <param name="Criterion">The criterion's name; null for the form's default criterion (its overall grade, or its only criterion).</param>
/// <param name="Choices">The levels ticked, as written.</param>
public sealed record Mark(string? Candidate, string? Criterion, IReadOnlyList<string> Choices)
{
    /// <summary>A mark of one level for a candidate.</summary>
    /// <param name="candidate">The candidate's member ID.</param>
    /// <param name="criterion">The criterion, or null for the form's default criterion.</param>
    /// <param name="level">The level's name or code.</param>
    public static Mark Of(string candidate, string? criterion, string level) => new(candidate, criterion, [level]);

    /// <summary>A mark of a score for a candidate.</summary>
    /// <param name="candidate">The candidate's member ID.</param>
    /// <param name="criterion">The score criterion, or null for the form's default criterion.</param>
    /// <param name="score">The score written.</param>
    public static Mark OfScore(string candidate, string? criterion, int score) => new(candidate, criterion, [score.ToString(CultureInfo.InvariantCulture)]);

    /// <summary>A mark of one level for a committee criterion.</summary>
    /// <param name="criterion">The committee criterion, or null when the committee section has only one.</param>
    /// <param name="level">The level's name or code.</param>
    public static Mark ForCommittee(string? criterion, string level) => new(null, criterion, [level]);
}
