using System.Collections.Immutable;
using OrgLife.Grades;
using OrgLife.Tally.Formats.Binary;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Merging;
using OrgLife.Tally.Reports;

namespace OrgLife.Json.Output;

/// <summary>Builds the documented JSON of <c>orglife tally</c> (docs/cli-output.md): one report per branch, then a summary.</summary>
internal static class TallyDocuments
{
    public static TallyReportDocument Report(BranchTallyReport result, string source)
    {
        var report = result.Report;
        return new TallyReportDocument(
            "tallyReport",
            ReportJson.FormatVersion,
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
            [.. report.Candidates.Select(c => new TallyCandidateDocument(
                c.Candidate.ToString(),
                result.NameOf(c.Candidate),
                GradeCode(c.SuggestedGrade),
                [.. c.Criteria.Select(r => Criterion(r, report.CategoryBreakdownSuppressed))]))],
            [.. report.Committee.Select(r => Criterion(r, report.CategoryBreakdownSuppressed))],
            [.. report.IgnoredProbationaryMarks.Select(i => new IgnoredMarksDocument(i.Candidate.ToString(), result.NameOf(i.Candidate), i.Marks))]);
    }

    public static TallySummaryDocument Summary(TallySummary summary, string source)
    {
        var rollUp = summary.ToRollUp();
        var total = rollUp.Total;
        return new TallySummaryDocument(
            "tallySummary",
            ReportJson.FormatVersion,
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
            ReportJson.FormatVersion,
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

    private static TallyCriterionDocument Criterion(CriterionReport report, bool breakdownSuppressed)
    {
        var scale = report.Criterion.Scale;
        return new TallyCriterionDocument(
            report.Criterion.Name,
            report.Criterion.IsOverall,
            Documents.Name(scale.Kind),
            scale.IsScore ? [] : [.. scale.Levels.Select(l => l.Code)],
            scale.IsScore ? scale.ScoreMin : null,
            scale.IsScore ? scale.ScoreMax : null,
            Column(report.Combined),
            breakdownSuppressed ? [] : [.. report.ByCategory.Select(Column)],
            GradeCode(report.SuggestedGrade));
    }

    private static ColumnDocument Column(ColumnCounts counts) => new(
        counts.Category,
        [.. counts.LevelCounts],
        counts.Abstentions,
        counts.VoidMarks,
        counts.ValidMarks,
        [.. counts.Shares],
        counts.LeadingLevel,
        counts.Scores is { } s ? new ScoresDocument(s.Mean, s.Median, [.. s.BandCounts]) : null);

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
    TallyCandidateDocument[] Candidates,
    TallyCriterionDocument[] Committee,
    IgnoredMarksDocument[] IgnoredProbationaryMarks);

/// <summary>Ballots rejected for one reason.</summary>
internal sealed record RejectionDocument(string Reason, long Count);

/// <summary>Accepted ballots of one voter category.</summary>
internal sealed record CategoryDocument(string Name, decimal Weight, long Accepted);

/// <summary>One graded candidate.</summary>
internal sealed record TallyCandidateDocument(string Id, string? Name, string? SuggestedGrade, TallyCriterionDocument[] Criteria);

/// <summary>One criterion of a candidate (or of the committee section).</summary>
internal sealed record TallyCriterionDocument(
    string Name,
    bool Overall,
    string Scale,
    string[] Levels,
    int? ScoreMin,
    int? ScoreMax,
    ColumnDocument Combined,
    ColumnDocument[] ByCategory,
    string? SuggestedGrade);

/// <summary>The counts of one column: per level (or per score from scoreMin), abstentions, void marks.</summary>
internal sealed record ColumnDocument(
    string? Category,
    long[] Counts,
    long Abstentions,
    long VoidMarks,
    long ValidMarks,
    decimal[] Shares,
    int? LeadingLevel,
    ScoresDocument? Scores);

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
