using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Meetings;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Scheduling;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.FollowUpRules;

/// <summary>
/// OL504 BranchProgressReports 每半年通报 — the branch reports rectification progress to its members within M months of
/// the meeting (policy BranchProgressReportMonths, default 6): once (Village-2019 "半年内", the national default) or, when
/// BranchProgressReportsRecurring is set (City-2019 "每半年"), in every period of M months of the year after the meeting
/// (see <see cref="ReportingPeriod"/>). Each period already over as of the as-of date needs a report dated within it,
/// else one finding per period. The period in progress gets an Info finding "due on DATE" while it has no report yet.
/// </summary>
internal sealed class BranchProgressReportsRule : MemberEvaluationRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL504"),
        "BranchProgressReports",
        "每半年通报",
        "The branch reports rectification progress to its members within six months of the meeting (every six months where the policy says so).",
        Severity.Error,
        [
            Sources.City2019("三(四)", "党支部要结合党支部主题党日，每半年向党员群众通报班子整改情况"),
            Sources.Village2019("二.6", "党组织半年内要向党员群众通报班子整改情况"),
        ])
    {
        ChineseSummary = "党支部按规定向党员群众通报班子整改情况（每半年；或半年内一次）。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL504.WithinMissed",
            "No rectification progress report to members within {months} of the meeting (by {due}).",
            "会后 {months} 个月内（{due} 前）未向党员群众通报班子整改情况。"),
        new("OL504.PeriodMissed",
            "No rectification progress report to members between {from} and {due} (report {number}, every {months}).",
            "{from} 至 {due} 期间（第 {number} 次，每 {months} 个月）未向党员群众通报班子整改情况。"),
        new("OL504.Pending",
            "Rectification progress report {number} to members is due on {due}.",
            "第 {number} 次向党员群众通报班子整改情况应于 {due} 前完成。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context)
    {
        if (!FollowUpPaths.TryGetMeetingDate(context, out var meetingDate, out var missingPath))
        {
            return RuleEvaluation.Missing(missingPath);
        }

        if (context.FollowUp?.BranchProgressReports is not { } reports)
        {
            return RuleEvaluation.Missing(FollowUpPaths.BranchProgressReports);
        }

        var months = context.Policy.BranchProgressReportMonths;
        var subject = FollowUpPaths.FollowUp(FollowUpPaths.BranchProgressReports);
        var findings = new List<FindingDraft>();
        foreach (var period in DueDates.BranchProgressPeriods(meetingDate, context.Policy))
        {
            if (reports.Any(period.Covers))
            {
                continue;
            }

            if (DueDates.IsPast(period.Due, context.AsOf))
            {
                findings.Add(context.Policy.BranchProgressReportsRecurring
                    ? RuleEvaluation.Finding(subject, "OL504.PeriodMissed", Severity.Error, ("from", period.Start), ("due", period.Due), ("number", period.Number), ("months", Quantity.Months(months)))
                    : RuleEvaluation.Finding(subject, "OL504.WithinMissed", Severity.Error, ("due", period.Due), ("months", Quantity.Months(months))));
            }
            else
            {
                findings.Add(RuleEvaluation.Finding(subject, "OL504.Pending", Severity.Info, ("number", period.Number), ("due", period.Due)));
                break;
            }
        }

        return RuleEvaluation.Of(findings);
    }
}
