using System.Globalization;
using OrgLife.Json.Output;
using OrgLife.Cli.Tally;
using OrgLife.Grades;
using OrgLife.Tally.Box;
using OrgLife.Tally.Formats.Binary;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Merging;
using OrgLife.Tally.Reports;

namespace OrgLife.Cli.Output;

/// <summary>
/// Writes ballot tallies for a terminal: per branch the ballots, then per criterion an aligned table with a row per
/// candidate (each level's count, abstentions, void marks, the leading level and, on the overall criterion, the
/// suggested grade), the committee section and the ignored marks; then the summary across branches.
/// </summary>
internal static class TallyTextWriter
{
    private const string None = "—";

    public static void Write(TextWriter writer, BranchResult result, Labels labels)
    {
        var report = result.Report;
        writer.WriteLine(labels.Pick(
            $"Branch {result.Branch} · form {report.FormName} · candidates {result.CandidatesFrom switch { "binary" => "by column in the binary block", "csv" => "from the CSV", _ => "from the roster" }}",
            $"支部 {result.Branch} · 测评表 {report.FormName} · 候选人{result.CandidatesFrom switch { "binary" => "按二进制块中的列序", "csv" => "来自 CSV", _ => "来自党员名册" }}"));
        writer.WriteLine("  " + Ballots(report, labels));
        if (!result.IssuedKnown && !report.IsVoid)
        {
            writer.WriteLine("  " + labels.Pick(
                "OL401 not evaluated: the ballots issued are not known (no roster attendance), so the ballots returned stand for them.",
                "OL401 未评估：发出选票数未知（名册无到会记录），以收回张数代替。"));
        }

        if (result.CategoryBreakdownSuppressed)
        {
            writer.WriteLine("  " + labels.Pick(
                $"Breakdown by voter category suppressed (OL405): a category has fewer than {N(result.MinimumCategoryBallots)} ballots.",
                $"按投票人类别的分项统计不予显示（OL405）：有类别的选票少于 {N(result.MinimumCategoryBallots)} 张。"));
        }

        if (report.IsVoid)
        {
            writer.WriteLine("  " + labels.Pick(
                $"VOID (OL401): {N(report.Returned)} ballots returned, more than the {N(report.Issued)} issued; no grade is suggested.",
                $"测评无效（OL401）：收回 {N(report.Returned)} 张，多于发出的 {N(report.Issued)} 张；不提出建议等次。"));
        }

        WriteValidity(writer, report, labels);
        var form = result.Tally.Form;
        for (var c = 0; c < form.Criteria.Length; c++)
        {
            var criterion = form.Criteria[c];
            writer.WriteLine();
            writer.WriteLine("  " + criterion.Name + (criterion.IsOverall && criterion.Name != BallotForms.OverallCriterionName ? labels.Pick(" (overall grade)", "（总体评价）") : criterion.IsOverall ? labels.Pick(" (overall grade)", string.Empty) : string.Empty));
            var rows = report.Candidates.Select(candidate => (Candidate(result, candidate.Candidate), candidate.Criteria[c])).ToList();
            WriteCriterion(writer, criterion, rows, labels);
        }

        WriteGradedValues(writer, result, labels);
        if (!form.ValidityRules.IsEmpty)
        {
            var without = result.Tally.WithoutValidityRules().ToReport(report.Rule);
            var grades = string.Join(labels.Pick(", ", "，"), without.Candidates.Select(c => $"{Candidate(result, c.Candidate)} {(c.SuggestedGrade is { } g ? GradeName(g, labels) : None)}{(c.Outcome?.Value is { } v ? $" ({Number(v)})" : string.Empty)}"));
            writer.WriteLine("  " + labels.Pick(
                $"Without the validity rules ({N(without.Accepted)} valid ballots): {grades}",
                $"不适用废票规则时（有效 {N(without.Accepted)} 张）：{grades}"));
        }

        for (var c = 0; c < report.Committee.Length; c++)
        {
            writer.WriteLine();
            writer.WriteLine("  " + labels.Pick($"Committee: {report.Committee[c].Criterion.Name}", $"支部班子：{report.Committee[c].Criterion.Name}"));
            WriteCriterion(writer, report.Committee[c].Criterion, [(labels.Pick("committee", "支部班子"), report.Committee[c])], labels);
        }

        writer.WriteLine();
        if (!report.IgnoredProbationaryMarks.IsEmpty)
        {
            var ignored = string.Join(", ", report.IgnoredProbationaryMarks.Select(i => $"{Candidate(result, i.Candidate)} {N(i.Marks)}"));
            writer.WriteLine("  " + labels.Pick(
                $"Probationary members, listed but not graded (OL404); marks for them ignored: {ignored}",
                $"预备党员列入测评表但不评定等次（OL404），对其所作标记不计：{ignored}"));
        }

        if (report.UnattributableVoidMarks > 0)
        {
            writer.WriteLine("  " + labels.Pick(
                $"Void marks for a candidate or criterion not on the form (OL403): {N(report.UnattributableVoidMarks)}",
                $"测评表上没有的候选人或测评项目的标记作废（OL403）：{N(report.UnattributableVoidMarks)} 个"));
        }

        writer.WriteLine("  " + labels.Pick(
            $"The suggested grade is advice; the branch decides (不唯票数). Rule: {RuleText(report.Rule, labels)}.",
            $"建议等次仅供参考，由党组织研究确定（不唯票数）。规则：{RuleText(report.Rule, labels)}。"));
    }

    // 废票 by reason (the validity rule that fired) and the turnout condition with whether it held.
    private static void WriteValidity(TextWriter writer, AssessmentReport report, Labels labels)
    {
        foreach (var rule in report.VoidedByRule.Where(r => r.Ballots > 0 || r.Sections > 0))
        {
            writer.WriteLine("  " + labels.Pick(
                $"Validity rule '{rule.Rule.Name}' ({Documents(rule.Rule.Kind)}): {N(rule.Ballots)} ballot(s) void (废票), {N(rule.Sections)} with a section void",
                $"废票规则“{rule.Rule.Name}”：整张作废 {N(rule.Ballots)} 张，部分作废 {N(rule.Sections)} 张"));
        }

        if (report.Turnout is { } turnout)
        {
            var condition = turnout.Condition;
            var text = $"{Documents(condition.Counted)} {Documents(condition.Comparison)} {condition.Numerator}/{condition.Denominator} {Documents(condition.Base)}";
            writer.WriteLine("  " + (turnout.IsMet
                ? labels.Pick($"Turnout ({text}): {N(turnout.Counted ?? 0)} of {N(turnout.Base ?? 0)}, met.", $"参加人数条件（{text}）：{N(turnout.Counted ?? 0)} / {N(turnout.Base ?? 0)}，符合。")
                : labels.Pick($"NOT VALID — turnout ({text}): {turnout.ReasonIn(labels.Culture)}; no grade is suggested.", $"测评无效——参加人数条件（{text}）：{turnout.ReasonIn(labels.Culture)}；不提出建议等次。")));
        }
    }

    // The graded value (mean, trimmed mean or points total) and rank of each candidate, when the rule grades by score.
    private static void WriteGradedValues(TextWriter writer, BranchResult result, Labels labels)
    {
        var report = result.Report;
        if (report.Rule.Grading is null || report.Candidates.All(c => c.Outcome?.Value is null && c.Outcome?.NotEvaluated is null))
        {
            return;
        }

        var ranks = report.IsValid
            ? CandidateRanking.Rank(report, RankingMeasure.GradedValue).Where(r => r.Value is not null).ToDictionary(r => r.Candidate, r => r.Rank)
            : [];
        writer.WriteLine();
        writer.WriteLine("  " + labels.Pick("Graded values (score grading)", "评分结果（按分数评定）"));
        TextTable.Write(
            writer,
            [labels.Pick("CANDIDATE", "候选人"), labels.Pick("VALUE", "得分"), labels.Pick("RANK", "名次"), labels.Pick("SUGGESTED", "建议等次")],
            [.. report.Candidates.Select(c => (IReadOnlyList<string>)[
                Candidate(result, c.Candidate),
                c.Outcome?.Value is { } v ? Number(v) : c.Outcome?.NotEvaluatedIn(labels.Culture) ?? None,
                ranks.TryGetValue(c.Candidate, out var rank) ? N(rank) : None,
                c.SuggestedGrade is { } g ? GradeName(g, labels) : None])],
            "  ");
    }

    private static string Documents<TEnum>(TEnum value)
        where TEnum : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static void WriteSummary(TextWriter writer, string source, TallySummary summary, Labels labels)
    {
        var rollUp = summary.ToRollUp();
        var total = rollUp.Total;
        writer.WriteLine(labels.Pick($"=== {source}: summary of {N(summary.Branches)} branch(es) ===", $"=== {source}：共 {N(summary.Branches)} 个支部的汇总 ==="));
        writer.WriteLine("  " + labels.Pick(
            $"{N(total.GradedMembers)} graded members; {N(summary.VoidAssessments)} void assessment(s); {N(summary.RejectedBallots)} ballot(s) rejected; {N(summary.SkippedRows)} row(s) skipped",
            $"评定等次党员 {N(total.GradedMembers)} 名；无效测评 {N(summary.VoidAssessments)} 个；拒收选票 {N(summary.RejectedBallots)} 张；跳过 {N(summary.SkippedRows)} 行")
            + (summary.UncountedBranches > 0 ? labels.Pick($"; {N(summary.UncountedBranches)} branch(es) not in the roster, not counted", $"；名册中没有的支部 {N(summary.UncountedBranches)} 个，未计入") : string.Empty));
        WriteDistributions(writer, total, labels);
        if (summary.VoidAssessments > 0)
        {
            var v = total.VoidAssessmentVotes;
            writer.WriteLine("  " + labels.Pick(
                $"Marks of the void assessments, in no total above (OL401): excellent {N(v.Excellent)}, qualified {N(v.Qualified)}, basically-qualified {N(v.BasicallyQualified)}, unqualified {N(v.Unqualified)}; {N(total.VoidAssessmentAbstentions)} abstained, {N(total.VoidAssessmentVoidMarks)} void.",
                $"无效测评的标记不计入以上合计（OL401）：优秀 {N(v.Excellent)}，合格 {N(v.Qualified)}，基本合格 {N(v.BasicallyQualified)}，不合格 {N(v.Unqualified)}；弃权 {N(total.VoidAssessmentAbstentions)}，作废 {N(total.VoidAssessmentVoidMarks)}。"));
        }

        WriteCapBreaches(writer, rollUp, labels);
    }

    /// <summary>The summary of a binary file's roll-up: totals, skipped blocks, distributions, the first <paramref name="breachesListed"/> branches over the cap.</summary>
    public static void WriteBinarySummary(TextWriter writer, string source, BinaryRollUp result, Labels labels, int breachesListed)
    {
        var totals = result.Totals;
        var total = result.RollUp.Total;
        writer.WriteLine(labels.Pick($"=== {source}: summary of {N(totals.BranchCount)} branch(es) ===", $"=== {source}：共 {N(totals.BranchCount)} 个支部的汇总 ==="));
        writer.WriteLine("  " + labels.Pick(
            $"{N(totals.BallotCount)} ballots, {N(totals.MarkCount)} marks; {N(total.GradedMembers)} graded members; {N(total.VoidAssessments)} void assessment(s); {N(result.RejectedBallots)} ballot(s) rejected; {N(totals.SkippedBlockCount)} corrupt block(s) skipped",
            $"选票 {N(totals.BallotCount)} 张，标记 {N(totals.MarkCount)} 个；评定等次党员 {N(total.GradedMembers)} 名；无效测评 {N(total.VoidAssessments)} 个；拒收选票 {N(result.RejectedBallots)} 张；跳过损坏的块 {N(totals.SkippedBlockCount)} 个"));
        WriteDistributions(writer, total, labels);
        WriteCapBreaches(writer, result.RollUp, labels, breachesListed);
    }

    /// <summary>
    /// The branches over the Excellent cap in <paramref name="rollUp"/> (the first <paramref name="listed"/> by branch
    /// ID, and how many more), or a line saying there is none.
    /// </summary>
    public static void WriteCapBreaches(TextWriter writer, RollUp rollUp, Labels labels, int listed = int.MaxValue)
    {
        var cap = rollUp.Rule.ExcellentCap;
        if (cap.IsNone)
        {
            writer.WriteLine("  " + labels.Pick("No Excellent cap under this policy (OL303 not applicable: 不下指标、不定比例).", "本政策不设优秀比例（OL303 不适用：不下指标、不定比例）。"));
            return;
        }

        var (english, chinese) = cap.IsThirdOfGraded
            ? ("3 × suggested excellent > graded members", "超过三分之一")
            : ($"suggested excellent > max({N(cap.Minimum)}, ⌊{N(cap.Numerator)}/{N(cap.Denominator)} × graded members⌋)", $"超过 {N(cap.Numerator)}/{N(cap.Denominator)}（向下取整，至少 {N(cap.Minimum)} 名）");
        if (rollUp.OverExcellentCap.IsEmpty)
        {
            writer.WriteLine("  " + labels.Pick("No branch is over the Excellent cap (OL303).", $"没有支部建议优秀{chinese}（OL303）。"));
            return;
        }

        writer.WriteLine("  " + labels.Pick(
            $"Over the Excellent cap (OL303: {english}): {N(rollUp.OverExcellentCap.Length)} branch(es)",
            $"建议优秀{chinese}（OL303）的支部：{N(rollUp.OverExcellentCap.Length)} 个"));
        foreach (var breach in rollUp.OverExcellentCap.Take(listed))
        {
            writer.WriteLine("    " + labels.Pick(
                $"{breach.Branch}: {N(breach.SuggestedExcellent)} of {N(breach.GradedMembers)} graded members suggested excellent",
                $"{breach.Branch}：评定等次党员 {N(breach.GradedMembers)} 名中建议优秀 {N(breach.SuggestedExcellent)} 名"));
        }

        if (rollUp.OverExcellentCap.Length > listed)
        {
            var more = rollUp.OverExcellentCap.Length - listed;
            writer.WriteLine("    " + labels.Pick($"… and {N(more)} more (the first {N(listed)} by branch ID are listed)", $"……另有 {N(more)} 个（按支部编号列出前 {N(listed)} 个）"));
        }
    }

    /// <summary>The table of suggested grades and of votes across branches, between blank lines.</summary>
    private static void WriteDistributions(TextWriter writer, RollUpNode total, Labels labels)
    {
        writer.WriteLine();
        TextTable.Write(
            writer,
            [string.Empty, .. Enum.GetValues<Grade>().Select(g => GradeName(g, labels)), labels.Pick("none", "无建议")],
            [
                [labels.Pick("suggested", "建议等次"), .. Distribution(total.Suggested)],
                [labels.Pick("votes", "得票"), .. Distribution(total.Votes)],
            ],
            "  ");
        writer.WriteLine();
    }

    /// <summary>A grade's name: the English code or the Chinese name of the four-grade scale.</summary>
    public static string GradeName(Grade grade, Labels labels) => LevelName(Scale.FourGrades.Levels[(int)grade - 1], labels);

    private static string LevelName(ScaleLevel level, Labels labels) => labels.Pick(level.Code, level.Name);

    private static string Ballots(AssessmentReport report, Labels labels)
    {
        var reasons = string.Join(labels.Pick(", ", "，"), report.RejectionsByReason.Where(r => r.Count > 0).Select(r => labels.Pick($"{N(r.Count)} {Rejection(r.Code, labels)}", $"{Rejection(r.Code, labels)} {N(r.Count)} 张")));
        var rejected = report.Rejected > 0 ? labels.Pick($" ({reasons})", $"（{reasons}）") : string.Empty;
        var categories = report.Categories.Length > 1 ? labels.Pick("; by category ", "；按类别 ") + string.Join(", ", report.Categories.Select(c => $"{c.Category} {N(c.Accepted)}")) : string.Empty;
        var skipped = report.SkippedRows > 0 ? labels.Pick($"; {N(report.SkippedRows)} row(s) skipped", $"；跳过 {N(report.SkippedRows)} 行") : string.Empty;
        var voided = report.VoidedBallots > 0 ? labels.Pick($", void by a validity rule {N(report.VoidedBallots)}", $"，废票 {N(report.VoidedBallots)} 张") : string.Empty;
        return labels.Pick(
            $"Ballots: issued {N(report.Issued)}, returned {N(report.Returned)}, valid {N(report.Accepted)}, rejected {N(report.Rejected)}{rejected}{voided}{categories}{skipped}",
            $"选票：发出 {N(report.Issued)} 张，收回 {N(report.Returned)} 张，有效 {N(report.Accepted)} 张，拒收 {N(report.Rejected)} 张{rejected}{voided}{categories}{skipped}");
    }

    private static string Rejection(RejectionCode code, Labels labels) => code switch
    {
        RejectionCode.DuplicateSerial => labels.Pick("duplicate serial (OL402)", "编号重复（OL402）"),
        RejectionCode.MissingSerial => labels.Pick("no serial", "无编号"),
        _ => labels.Pick("unknown voter category", "未知投票人类别"),
    };

    private static void WriteCriterion(TextWriter writer, Criterion criterion, IReadOnlyList<(string Name, CriterionReport Report)> rows, Labels labels)
    {
        var scale = criterion.Scale;
        var suggested = criterion.IsOverall;
        IEnumerable<string> levelHeaders = scale.IsScore
            ? [labels.Pick("MEAN", "平均分"), labels.Pick("MEDIAN", "中位数"), .. scale.Bands.Select(b => $"{scale.ScoreText(b.Min)}–{scale.ScoreText(b.Max)}")]
            : scale.Levels.Select(l => LevelName(l, labels));
        string[] header = [labels.Pick("CANDIDATE", "候选人"), .. levelHeaders, labels.Pick("ABSTAINED", "弃权"), labels.Pick("VOID", "无效"), labels.Pick("LEADING", "领先"), .. suggested ? [labels.Pick("SUGGESTED", "建议等次")] : Array.Empty<string>()];
        var table = rows.Select(row =>
        {
            var counts = row.Report.Combined;
            IEnumerable<string> levels = scale.IsScore
                ? [Number(counts.Scores?.Mean), Number(counts.Scores?.Median), .. (counts.Scores?.BandCounts ?? []).Select(N)]
                : counts.LevelCounts.Select(N);
            var leading = counts.LeadingLevel is { } l ? scale.IsScore ? counts.LeadingLevelName ?? None : LevelName(scale.Levels[l - 1], labels) : None;
            return (IReadOnlyList<string>)[row.Name, .. levels, N(counts.Abstentions), N(counts.VoidMarks), leading, .. suggested ? [row.Report.SuggestedGrade is { } g ? GradeName(g, labels) : None] : Array.Empty<string>()];
        }).ToList();
        TextTable.Write(writer, header, table, "  ");
    }

    private static string Candidate(BranchResult result, OrgLife.Ids.MemberId member) => result.NameOf(member) is { } name ? $"{member} {name}" : member.ToString();

    private static IEnumerable<string> Distribution(GradeDistribution distribution)
        => [.. Enum.GetValues<Grade>().Select(g => N(distribution[g])), N(distribution.None)];

    private static string RuleText(SuggestionRule rule, Labels labels)
    {
        var thresholds = rule.Thresholds.Select(t =>
        {
            var marked = t.MarkedGrade is { } grade ? GradeName(grade, labels) : labels.Pick($"level {t.Level}", $"第 {t.Level} 档");
            return labels.Pick(
                $"{GradeName(t.Suggests, labels)} when at least {Percent(t.MinimumShare)} of valid marks are {marked}",
                $"{marked}占有效票 {Percent(t.MinimumShare)} 及以上则为{GradeName(t.Suggests, labels)}");
        });
        var plurality = rule.TieBreak switch
        {
            TieBreak.TowardMoreFavourable => labels.Pick("plurality, ties toward the more favourable grade", "得票最多者，票数相同取较高等次"),
            TieBreak.NoSuggestion => labels.Pick("plurality, no suggestion on a tie", "得票最多者，票数相同不提建议"),
            _ => labels.Pick("plurality, ties toward the less favourable grade", "得票最多者，票数相同取较低等次"),
        };
        var weighted = rule.CombineCategoriesByWeight ? [labels.Pick("voter categories weighted", "按投票人类别加权")] : Array.Empty<string>();
        return string.Join(labels.Pick("; ", "；"), [.. thresholds, plurality, .. weighted]);
    }

    private static string Percent(decimal share) => (share * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static string Number(decimal? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : None;

    // The counts most cells show, formatted once: a tally prints millions of small counts.
    private static readonly string[] SmallNumbers = [.. Enumerable.Range(0, 1024).Select(i => i.ToString(CultureInfo.InvariantCulture))];

    private static string N(long value) => value is >= 0 and < 1024 ? SmallNumbers[value] : value.ToString(CultureInfo.InvariantCulture);

    private static string N(int value) => N((long)value);
}
