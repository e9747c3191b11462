using System.Collections.Immutable;

namespace OrgLife.Tally.Merging;

/// <summary>
/// The roll-up of every branch under one level of the organization (the empty path is the whole roll-up).
/// Immutable; nodes add field by field, which is what makes roll-ups merge in any order.
/// </summary>
/// <param name="Path">The level path from the top; empty for the root.</param>
/// <param name="Branches">Branches under this level.</param>
/// <param name="VoidAssessments">Of those, assessments void under OL401.</param>
/// <param name="GradedMembers">Full members graded.</param>
/// <param name="Suggested">The distribution of suggested determinations.</param>
/// <param name="Votes">The distribution of the overall criterion's valid marks, each mapped to its grade by the rule.</param>
/// <param name="Abstentions">Blank overall marks.</param>
/// <param name="VoidMarks">Void overall marks.</param>
/// <param name="BranchesOverExcellentCap">Branches over the Excellent cap.</param>
public sealed record RollUpNode(
    ImmutableArray<string> Path,
    long Branches,
    long VoidAssessments,
    long GradedMembers,
    GradeDistribution Suggested,
    GradeDistribution Votes,
    long Abstentions,
    long VoidMarks,
    long BranchesOverExcellentCap)
{
    /// <summary>
    /// The overall criterion's marks of the void assessments (OL401: more ballots returned than issued), reported apart:
    /// valid marks mapped to grades, then abstentions and void marks. <see cref="Votes"/>, <see cref="Abstentions"/> and
    /// <see cref="VoidMarks"/> exclude them (Revision 2).
    /// </summary>
    public GradeDistribution VoidAssessmentVotes { get; init; } = GradeDistribution.Zero;

    /// <summary>Blank overall marks of the void assessments (excluded from <see cref="Abstentions"/>).</summary>
    public long VoidAssessmentAbstentions { get; init; }

    /// <summary>Void overall marks of the void assessments (excluded from <see cref="VoidMarks"/>).</summary>
    public long VoidAssessmentVoidMarks { get; init; }

    /// <summary>Adds another node of the same path.</summary>
    internal RollUpNode Plus(RollUpNode other) => new(
        Path,
        checked(Branches + other.Branches),
        checked(VoidAssessments + other.VoidAssessments),
        checked(GradedMembers + other.GradedMembers),
        Suggested + other.Suggested,
        Votes + other.Votes,
        checked(Abstentions + other.Abstentions),
        checked(VoidMarks + other.VoidMarks),
        checked(BranchesOverExcellentCap + other.BranchesOverExcellentCap))
    {
        VoidAssessmentVotes = VoidAssessmentVotes + other.VoidAssessmentVotes,
        VoidAssessmentAbstentions = checked(VoidAssessmentAbstentions + other.VoidAssessmentAbstentions),
        VoidAssessmentVoidMarks = checked(VoidAssessmentVoidMarks + other.VoidAssessmentVoidMarks),
    };

    /// <summary>True when both nodes hold the same path and numbers.</summary>
    internal bool SameAs(RollUpNode other) => Path.SequenceEqual(other.Path) && this with { Path = other.Path } == other;
}
