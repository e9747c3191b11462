using System.Collections.Immutable;
using System.Numerics;
using OrgLife.Findings;
using OrgLife.Meetings;
using OrgLife.Members;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Scheduling;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.FollowUpRules;

/// <summary>
/// OL505 MemberCommitmentReports 每季度报告 — during the year after the meeting each member reports on
/// fulfilling their commitments every M months (policy MemberCommitmentReportMonths, default 3), periods
/// counted from the meeting as for OL504. Every member of the roster reports (正式 and 预备 alike: both make
/// commitments), except one with an approved exclusion from attendance (abroad, serving a sentence,
/// bedridden …), who cannot report at a meeting. One finding per member who missed any period already over
/// as of the as-of date; one Info finding for the period in progress while members have yet to report.
/// Reports by people not on the roster are ignored.
/// </summary>
internal sealed class MemberCommitmentReportsRule : MemberEvaluationRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL505"),
        "MemberCommitmentReports",
        "每季度报告",
        "Each member reports on fulfilling their commitments every quarter during the year after the meeting.",
        Severity.Error,
        [
            Sources.City2019("三(四)", "党员每季度报告兑现承诺情况。"),
            Sources.Village2019("二.6", "党员每季度要在党员大会或党小组会上报告兑现承诺情况。"),
        ])
    {
        ChineseSummary = "党员每季度报告兑现承诺情况。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL505.PeriodsMissed",
            "Member {member} did not report on their commitments in {missed} of {elapsed} elapsed periods of {months}; the first missed period ended on {due}.",
            "党员 {member} 在已过去的 {elapsed} 个报告期（每 {months} 个月）中有 {missed} 个未报告兑现承诺情况，第一个截至 {due}。"),
        new("OL505.Pending",
            "{count} have yet to report on their commitments for the period ending {due}.",
            "尚有 {count} 名党员需在 {due} 前报告本期兑现承诺情况。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context)
    {
        if (context.Branch is not { } branch)
        {
            return RuleEvaluation.Missing(RecordPaths.Branch);
        }

        if (!FollowUpPaths.TryGetMeetingDate(context, out var meetingDate, out var missingPath))
        {
            return RuleEvaluation.Missing(missingPath);
        }

        if (context.FollowUp?.MemberCommitmentReports is not { } reports)
        {
            return RuleEvaluation.Missing(FollowUpPaths.MemberCommitmentReports);
        }

        var months = context.Policy.MemberCommitmentReportMonths;
        var periods = DueDates.PeriodsOfYearAfter(meetingDate, months).ToArray();
        // At most 12 periods (k · months ≤ 12), so a member's covered periods fit in the bits of a uint:
        // one pass over the reports instead of a look-up and a list per member.
        var elapsed = 0u;
        ReportingPeriod? current = null;
        var currentBit = 0u;
        for (var p = 0; p < periods.Length; p++)
        {
            if (DueDates.IsPast(periods[p].Due, context.AsOf))
            {
                elapsed |= 1u << p;
            }
            else if (current is null)
            {
                (current, currentBit) = (periods[p], 1u << p);
            }
        }

        // Period bounds as order keys: an int comparison per report instead of LocalDate's calendar-checked ones.
        var bounds = new int[periods.Length + 1];
        bounds[0] = DueDates.OrderKey(periods[0].Start);
        for (var p = 0; p < periods.Length; p++)
        {
            bounds[p + 1] = DueDates.OrderKey(periods[p].Due);
        }

        var covered = new uint[branch.Members.Length];
        var hint = 0;
        foreach (var report in reports)
        {
            var at = context.RosterIndexOf(report.MemberId, ref hint);
            if (at < 0)
            {
                continue; // not on the roster: ignored
            }

            // The periods follow one another without overlap (each starts where the last is due), so at most one
            // covers the report: (start, due].
            var day = DueDates.OrderKey(report.Date);
            for (var p = 0; p < periods.Length; p++)
            {
                if (day > bounds[p] && day <= bounds[p + 1])
                {
                    covered[at] |= 1u << p;
                    break;
                }
            }
        }

        var findings = new List<FindingDraft>();
        var pending = 0;
        for (var i = 0; i < branch.Members.Length; i++)
        {
            var member = branch.Members[i];
            if (!Reports(member))
            {
                continue;
            }

            var missed = elapsed & ~covered[i];
            if (missed != 0)
            {
                findings.Add(RuleEvaluation.Finding(
                    new FindingSubject(SubjectKind.Member, member.Id.Value, RecordPaths.Member(i)),
                    "OL505.PeriodsMissed",
                    Severity.Error,
                    ("member", member.Name),
                    ("missed", BitOperations.PopCount(missed)),
                    ("elapsed", BitOperations.PopCount(elapsed)),
                    ("months", Quantity.Months(months)),
                    ("due", periods[BitOperations.TrailingZeroCount(missed)].Due)));
            }

            if (current is not null && (covered[i] & currentBit) == 0)
            {
                pending++;
            }
        }

        if (pending > 0 && current is not null)
        {
            findings.Add(RuleEvaluation.Finding(FollowUpPaths.FollowUp(FollowUpPaths.MemberCommitmentReports), "OL505.Pending", Severity.Info, ("count", Quantity.Members(pending)), ("due", current.Due)));
        }

        return RuleEvaluation.Of(findings);
    }

    /// <summary>True for a member who must report: everyone on the roster but those excluded from attendance with approval.</summary>
    internal static bool Reports(Member member) => member.AttendanceExclusion is null;
}
