using System.Collections.Immutable;

namespace OrgLife.Tally.Reports;

/// <summary>
/// 测评结果 — the report of one assessment's tally: ballot counts, per candidate and criterion the marks per
/// voter category and combined, the committee section, and the ignored and skipped input. It holds counts only
/// and never links a mark to a voter (OL405). Immutable.
/// </summary>
public sealed record AssessmentReport
{
    /// <summary>The form's title.</summary>
    public required string FormName { get; init; }

    /// <summary>Ballots issued (发出).</summary>
    public required long Issued { get; init; }

    /// <summary>Ballots returned (收回): accepted + rejected + voided by a validity rule.</summary>
    public long Returned => Accepted + Rejected + VoidedBallots;

    /// <summary>废票 — ballots voided whole by the form's validity rules (returned, not valid, not counted).</summary>
    public long VoidedBallots => VoidedByRule.IsDefaultOrEmpty ? 0 : VoidedByRule.Sum(r => r.Ballots);

    /// <summary>What each of the form's validity rules voided, in the form's order; empty when it has none.</summary>
    public ImmutableArray<ValidityRuleCount> VoidedByRule { get; init; } = [];

    /// <summary>The rule's turnout condition and whether it was met; null when the rule has none.</summary>
    public TurnoutOutcome? Turnout { get; init; }

    /// <summary>False when the assessment is void (OL401) or its turnout condition failed or could not be evaluated (see <see cref="Turnout"/>).</summary>
    public bool IsValid => !IsVoid && Turnout?.IsMet != false;

    /// <summary>Valid ballots: accepted and counted.</summary>
    public required long Accepted { get; init; }

    /// <summary>Ballots rejected, not counted.</summary>
    public long Rejected => RejectionsByReason.Sum(r => r.Count);

    /// <summary>Rejected ballots per reason (every reason listed, zeros included).</summary>
    public required ImmutableArray<RejectionCount> RejectionsByReason { get; init; }

    /// <summary>OL401: more ballots returned than issued; the assessment is void and no grade is suggested.</summary>
    public bool IsVoid => Returned > Issued;

    /// <summary>Accepted ballots per voter category.</summary>
    public required ImmutableArray<CategoryBallots> Categories { get; init; }

    /// <summary>One report per graded candidate, in candidate order.</summary>
    public required ImmutableArray<CandidateReport> Candidates { get; init; }

    /// <summary>The committee section's criteria; empty when the form has none.</summary>
    public required ImmutableArray<CriterionReport> Committee { get; init; }

    /// <summary>Marks ignored per probationary member (OL404).</summary>
    public required ImmutableArray<IgnoredMarks> IgnoredProbationaryMarks { get; init; }

    /// <summary>Void marks for an unknown candidate or criterion, which belong to no column (OL403).</summary>
    public required long UnattributableVoidMarks { get; init; }

    /// <summary>Input rows skipped by a reader as malformed.</summary>
    public required long SkippedRows { get; init; }

    /// <summary>The rule the suggested grades follow.</summary>
    public required SuggestionRule Rule { get; init; }

    /// <summary>OL405's k the report was made with (<see cref="ReportOptions.MinimumCategoryBallots"/>).</summary>
    public int MinimumCategoryBallots { get; init; } = ReportOptions.DefaultMinimumCategoryBallots;

    /// <summary>
    /// True when the breakdowns by voter category are left out (OL405): a category has 1 to
    /// <see cref="MinimumCategoryBallots"/> − 1 valid ballots, so every <see cref="CriterionReport.ByCategory"/> is empty.
    /// </summary>
    public bool CategoryBreakdownSuppressed { get; init; }

    /// <summary>Reports are equal when every count, candidate and criterion is (the arrays compared element by element).</summary>
    /// <param name="other">The other report.</param>
    public bool Equals(AssessmentReport? other) => other is not null && FormName == other.FormName && Issued == other.Issued
        && VoidedByRule.SequenceEqual(other.VoidedByRule) && Equals(Turnout, other.Turnout) && Accepted == other.Accepted
        && RejectionsByReason.SequenceEqual(other.RejectionsByReason) && Categories.SequenceEqual(other.Categories)
        && Candidates.SequenceEqual(other.Candidates) && Committee.SequenceEqual(other.Committee)
        && IgnoredProbationaryMarks.SequenceEqual(other.IgnoredProbationaryMarks) && UnattributableVoidMarks == other.UnattributableVoidMarks
        && SkippedRows == other.SkippedRows && Rule == other.Rule && MinimumCategoryBallots == other.MinimumCategoryBallots
        && CategoryBreakdownSuppressed == other.CategoryBreakdownSuppressed;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(FormName, Issued, Accepted, Candidates.Length, SkippedRows);
}
