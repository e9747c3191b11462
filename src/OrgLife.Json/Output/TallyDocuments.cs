using System.Globalization;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using OrgLife.Grades;
using OrgLife.Tally.Formats.Binary;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Merging;
using OrgLife.Tally.Reports;

namespace OrgLife.Json.Output;

/// <summary>Builds the documented JSON of <c>orglife tally</c> (docs/cli-output.md): one report per branch, then a summary.</summary>
internal static class TallyDocuments
{
    /// <summary>
    /// The version of the tally output's shape (docs/cli-output.md). 2: shares rounded to <see cref="ShareDecimals"/>
    /// places, criterion definitions once per report, no per-category columns for a form with one voter category.
    /// </summary>
    public const int FormatVersion = 2;

    /// <summary>Decimal places of a share (a fraction of 1): 4, i.e. 0.01 % — the counts beside it are exact.</summary>
    public const int ShareDecimals = 4;

    public static TallyReportDocument Report(BranchTallyReport result, string source, CultureInfo culture)
    {
        var report = result.Report;
        var ranks = Ranks(report);

        // One voter category: its column would repeat the combined one.
        var breakdown = !report.CategoryBreakdownSuppressed && report.Categories.Length > 1;
        return new TallyReportDocument(
            "tallyReport",
            FormatVersion,
            source,
            result.Branch.ToString(),
            result.CandidatesFromName,
            report.FormName,
            report.Issued,
            report.Returned,
            report.Accepted,
            report.Rejected,
            [.. report.RejectionsByReason.Select(r => new RejectionDocument(Documents.Name(r.Code), r.Count))],
            report.IsVoid,
            result.ReturnedNotMoreThanIssued,
            report.SkippedRows,
            report.UnattributableVoidMarks,
            [.. report.Categories.Select(c => new CategoryDocument(c.Category, c.Weight, c.Accepted))],
            report.CategoryBreakdownSuppressed ? "suppressed" : "shown",
            [.. (report.Candidates.IsEmpty ? [] : report.Candidates[0].Criteria).Select(r => Definition(r.Criterion))],
            [.. report.Committee.Select(r => Definition(r.Criterion))],
            [.. report.Candidates.Select(c => new TallyCandidateDocument(
                c.Candidate.ToString(),
                result.NameOf(c.Candidate),
                GradeCode(c.SuggestedGrade),
                [.. c.Criteria.Select(r => Criterion(r, breakdown))])
            {
                GradedValue = c.Outcome?.Value,
                NotEvaluated = c.Outcome?.NotEvaluatedIn(culture),
                Rank = ranks?.GetValueOrDefault(c.Candidate),
            })],
            [.. report.Committee.Select(r => Criterion(r, breakdown))],
            [.. report.IgnoredProbationaryMarks.Select(i => new IgnoredMarksDocument(i.Candidate.ToString(), result.NameOf(i.Candidate), i.Marks))])
        {
            IsValid = report.IsValid,
            Turnout = report.Turnout is { } t
                ? new TurnoutDocument(Documents.Name(t.Condition.Counted), Documents.Name(t.Condition.Comparison), t.Condition.Numerator, t.Condition.Denominator, Documents.Name(t.Condition.Base), t.Counted, t.Base, t.IsMet, t.ReasonIn(culture))
                : null,
            VoidedBallots = report.VoidedBallots,
            VoidedByRule = [.. report.VoidedByRule.Select(r => new VoidedByRuleDocument(r.Rule.Name, Documents.Name(r.Rule.Kind), Documents.Name(r.Rule.Scope), r.Ballots, r.Sections))],
            WithoutValidityRules = result.WithoutValidityRules is { } without ? Without(without) : null,
        };
    }

    // The result as if the form's validity rules were not there, so the output shows it with and without them.
    private static WithoutValidityRulesDocument Without(AssessmentReport without) =>
        new(
            without.Accepted,
            [.. without.Candidates.Select(c => new CandidateResultDocument(c.Candidate.ToString(), GradeCode(c.SuggestedGrade), c.Outcome?.Value))]);

    // Ranks (ties share a rank) by the graded value, when the rule grades by score.
    private static Dictionary<OrgLife.Ids.MemberId, int>? Ranks(AssessmentReport report) =>
        report.Rule.Grading is null || !report.IsValid
            ? null
            : CandidateRanking.Rank(report, RankingMeasure.GradedValue).Where(r => r.Value is not null).ToDictionary(r => r.Candidate, r => r.Rank);

    public static TallySummaryDocument Summary(TallySummary summary, string source)
    {
        var rollUp = summary.ToRollUp();
        var total = rollUp.Total;
        return new TallySummaryDocument(
            "tallySummary",
            FormatVersion,
            source,
            summary.Branches,
            summary.VoidAssessments,
            summary.RejectedBallots,
            summary.SkippedRows,
            summary.UncountedBranches,
            total.GradedMembers,
            Distribution(total.Suggested),
            Distribution(total.Votes),
            total.Abstentions,
            total.VoidMarks,
            new VoidAssessmentMarksDocument(Distribution(total.VoidAssessmentVotes), total.VoidAssessmentAbstentions, total.VoidAssessmentVoidMarks),
            [.. rollUp.OverExcellentCap.Select(CapBreach)]);
    }

    /// <summary>The summary of a binary file's roll-up; the branches over the cap listed up to <paramref name="breachesListed"/>.</summary>
    public static BinaryTallySummaryDocument BinarySummary(BinaryRollUp result, string source, int breachesListed)
    {
        var totals = result.Totals;
        var total = result.RollUp.Total;
        return new BinaryTallySummaryDocument(
            "binaryTallySummary",
            FormatVersion,
            source,
            totals.BranchCount,
            totals.BallotCount,
            totals.MarkCount,
            total.VoidAssessments,
            result.RejectedBallots,
            totals.SkippedBlockCount,
            [.. totals.SkippedBlocks.Select(b => new SkippedBlockDocument(b.Offset, b.Field, b.Reason))],
            total.GradedMembers,
            Distribution(total.Suggested),
            Distribution(total.Votes),
            total.Abstentions,
            total.VoidMarks,
            result.RollUp.OverExcellentCap.Length,
            [.. result.RollUp.OverExcellentCap.Take(breachesListed).Select(CapBreach)]);
    }

    /// <summary>A grade's English code (<c>basically-qualified</c>), or null.</summary>
    public static string? GradeCode(Grade? grade) => grade is { } g ? Scale.FourGrades.Levels[(int)g - 1].Code : null;

    private static CriterionDefinitionDocument Definition(Criterion criterion)
    {
        var scale = criterion.Scale;
        return new CriterionDefinitionDocument(
            criterion.Name,
            criterion.IsOverall,
            Documents.Name(scale.Kind),
            scale.IsScore ? [] : [.. scale.Levels.Select(l => l.Code)],
            scale.IsScore ? scale.ScoreMin * scale.Unit : null,
            scale.IsScore ? scale.ScoreMax * scale.Unit : null);
    }

    private static TallyCriterionDocument Criterion(CriterionReport report, bool breakdown) => new(
        report.Criterion.Name,
        Column(report.Combined),
        breakdown ? [.. report.ByCategory.Select(Column)] : [],
        GradeCode(report.SuggestedGrade));

    private static ColumnDocument Column(ColumnCounts counts) => new(
        counts.Category,
        [.. counts.LevelCounts],
        counts.Abstentions,
        counts.VoidMarks,
        counts.ValidMarks,
        [.. counts.Shares.Select(share => decimal.Round(share, ShareDecimals, MidpointRounding.ToEven))],
        counts.LeadingLevel,
        counts.Scores is { } s ? new ScoresDocument(s.Mean, s.Median, [.. s.BandCounts]) : null)
    {
        Asked = counts.IsAsked,
        NonOpinions = counts.NonOpinions,
    };

    private static CapBreachDocument CapBreach(ExcellentCapBreach breach) => new(breach.Branch.ToString(), breach.SuggestedExcellent, breach.GradedMembers);

    private static GradeCountsDocument Distribution(GradeDistribution d)
        => new(d[Grade.Excellent], d[Grade.Qualified], d[Grade.BasicallyQualified], d[Grade.Unqualified], d.None);
}

/// <summary>One branch's tally (<c>"kind": "tallyReport"</c>).</summary>
internal sealed record TallyReportDocument(
    string Kind,
    int FormatVersion,
    string Source,
    string Branch,
    string CandidatesFrom,
    string Form,
    long Issued,
    long Returned,
    long Accepted,
    long Rejected,
    RejectionDocument[] Rejections,
    bool IsVoid,
    string ReturnedNotMoreThanIssued,
    long SkippedRows,
    long UnattributableVoidMarks,
    CategoryDocument[] Categories,
    string CategoryBreakdown,
    CriterionDefinitionDocument[] Criteria,
    CriterionDefinitionDocument[] CommitteeCriteria,
    TallyCandidateDocument[] Candidates,
    TallyCriterionDocument[] Committee,
    IgnoredMarksDocument[] IgnoredProbationaryMarks)
{
    /// <summary>False when the assessment is void (OL401) or its turnout condition failed or could not be evaluated.</summary>
    public bool IsValid { get; init; } = true;

    /// <summary>The rule's turnout condition and whether it held, or null when the rule has none.</summary>
    public TurnoutDocument? Turnout { get; init; }

    /// <summary>Ballots voided whole by a validity rule (废票): returned, not counted.</summary>
    public long VoidedBallots { get; init; }

    /// <summary>废票 by reason: per validity rule of the form, the ballots it voided and the ballots with a section voided.</summary>
    public VoidedByRuleDocument[] VoidedByRule { get; init; } = [];

    /// <summary>The result as if the form's validity rules were not there; null when the form has none.</summary>
    public WithoutValidityRulesDocument? WithoutValidityRules { get; init; }
}

/// <summary>A turnout condition (<c>counted comparison numerator/denominator of base</c>) and its outcome.</summary>
internal sealed record TurnoutDocument(string Counted, string Comparison, int Numerator, int Denominator, string Base, long? CountedValue, long? BaseValue, bool Met, string? Reason);

/// <summary>What one ballot-validity rule voided.</summary>
internal sealed record VoidedByRuleDocument(string Rule, string Kind, string Scope, long Ballots, long Sections);

/// <summary>The ballots counted and each candidate's result without the form's validity rules.</summary>
internal sealed record WithoutValidityRulesDocument(long Accepted, CandidateResultDocument[] Candidates);

/// <summary>One candidate's suggested grade and graded value.</summary>
internal sealed record CandidateResultDocument(string Id, string? SuggestedGrade, decimal? GradedValue);

/// <summary>Ballots rejected for one reason.</summary>
internal sealed record RejectionDocument(string Reason, long Count);

/// <summary>Accepted ballots of one voter category.</summary>
internal sealed record CategoryDocument(string Name, decimal Weight, long Accepted);

/// <summary>One graded candidate.</summary>
internal sealed record TallyCandidateDocument(string Id, string? Name, string? SuggestedGrade, TallyCriterionDocument[] Criteria)
{
    /// <summary>The value the score grading compared with its bands (a mean, trimmed mean or points total), or null.</summary>
    public decimal? GradedValue { get; init; }

    /// <summary>Why the rule could not be evaluated for this candidate, or null.</summary>
    public string? NotEvaluated { get; init; }

    /// <summary>The rank by graded value (1 = best, ties share a rank) when the rule grades by score; else null.</summary>
    public int? Rank { get; init; }
}

/// <summary>A criterion of the form, written once per report: its scale and level codes.</summary>
internal sealed record CriterionDefinitionDocument(
    string Name,
    bool Overall,
    string Scale,
    string[] Levels,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? ScoreMin,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? ScoreMax);

/// <summary>One criterion of a candidate (or of the committee section), named as in the report's definitions.</summary>
internal sealed record TallyCriterionDocument(
    string Name,
    ColumnDocument Combined,
    ColumnDocument[] ByCategory,
    string? SuggestedGrade);

/// <summary>The counts of one column: per level (or per score from scoreMin), abstentions, void marks.</summary>
internal sealed record ColumnDocument(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Category,
    long[] Counts,
    long Abstentions,
    long VoidMarks,
    long ValidMarks,
    decimal[] Shares,
    int? LeadingLevel,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ScoresDocument? Scores)
{
    /// <summary>False for a column the category is not asked (all counts 0: neither abstentions nor voids).</summary>
    public bool Asked { get; init; } = true;

    /// <summary>Marks at a non-opinion level (不了解): in <c>counts</c> and <c>validMarks</c>, left out of result rules.</summary>
    public long NonOpinions { get; init; }
}

/// <summary>Score statistics of a score column.</summary>
internal sealed record ScoresDocument(decimal? Mean, decimal? Median, long[] BandCounts);

/// <summary>Marks for a probationary member, ignored (OL404).</summary>
internal sealed record IgnoredMarksDocument(string Id, string? Name, long Marks);

/// <summary>The summary across the branches of a tally (<c>"kind": "tallySummary"</c>).</summary>
internal sealed record TallySummaryDocument(
    string Kind,
    int FormatVersion,
    string Source,
    long Branches,
    long VoidAssessments,
    long RejectedBallots,
    long SkippedRows,
    long UncountedBranches,
    long GradedMembers,
    GradeCountsDocument Suggested,
    GradeCountsDocument Votes,
    long Abstentions,
    long VoidMarks,
    VoidAssessmentMarksDocument VoidAssessmentMarks,
    CapBreachDocument[] OverExcellentCap);

/// <summary>The overall marks of void assessments (OL401), in no total of the summary.</summary>
internal sealed record VoidAssessmentMarksDocument(GradeCountsDocument Votes, long Abstentions, long VoidMarks);

/// <summary>A count per grade, and of no suggestion.</summary>
internal sealed record GradeCountsDocument(long Excellent, long Qualified, long BasicallyQualified, long Unqualified, long None);

/// <summary>A branch over the Excellent cap (OL303).</summary>
internal sealed record CapBreachDocument(string Branch, long SuggestedExcellent, long GradedMembers);

/// <summary>The summary of a binary ballot file (<c>"kind": "binaryTallySummary"</c>): the fields of <see cref="TallySummaryDocument"/> that apply, and the file's totals.</summary>
internal sealed record BinaryTallySummaryDocument(
    string Kind,
    int FormatVersion,
    string Source,
    long Branches,
    long Ballots,
    long Marks,
    long VoidAssessments,
    long RejectedBallots,
    long SkippedBlocks,
    SkippedBlockDocument[] SkippedBlockList,
    long GradedMembers,
    GradeCountsDocument Suggested,
    GradeCountsDocument Votes,
    long Abstentions,
    long VoidMarks,
    long OverExcellentCapCount,
    CapBreachDocument[] OverExcellentCap);

/// <summary>A corrupt block of a binary file, skipped.</summary>
internal sealed record SkippedBlockDocument(long Offset, string Field, string Reason);
