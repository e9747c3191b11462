using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Scheduling;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.FollowUpRules;

/// <summary>
/// OL508 MeetingFrequency 召开频次 — organizational-life meetings at least every M months (policy
/// MeetingIntervalMonths: 12 by the 条例, 6 or 3 where a policy says so). From the earlier meeting dates and
/// this meeting's date (sorted, duplicates merged): a gap is too long when a meeting falls after the one
/// before it plus M months (one finding per gap); and the latest meeting is overdue for a successor when the
/// as-of date is past it plus M months.
/// </summary>
internal sealed class MeetingFrequencyRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL508"),
        "MeetingFrequency",
        "召开频次",
        "Organizational-life meetings are held at least once a year, or as often as the policy says.",
        Severity.Warning,
        [Sources.BranchWorkRegulations("第十七条"), Sources.Collection("第五篇 三")]);

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL508.Gap",
            "No organizational-life meeting between {from} and {to}, longer than the interval of {months} months.",
            "{from} 至 {to} 之间未召开组织生活会，超过 {months} 个月的间隔。"),
        new("OL508.Overdue",
            "The latest organizational-life meeting was on {latest}; the next was due by {due} (every {months} months).",
            "最近一次组织生活会于 {latest} 召开，下一次应在 {due} 前召开（每 {months} 个月至少一次）。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context)
    {
        var missing = new List<string>();
        var hasMeetingDate = FollowUpPaths.TryGetMeetingDate(context, out var meetingDate, out var missingPath);
        if (!hasMeetingDate)
        {
            missing.Add(missingPath);
        }

        var earlier = context.Record.EarlierMeetingDates;
        if (earlier is null)
        {
            missing.Add(FollowUpPaths.EarlierMeetingDates);
        }

        if (missing.Count > 0 || earlier is not { } earlierDates)
        {
            return RuleEvaluation.Missing([.. missing]);
        }

        var months = context.Policy.MeetingIntervalMonths;
        var dates = earlierDates.Append(meetingDate).Distinct().Order().ToList();
        var subject = new FindingSubject(SubjectKind.Branch, null, FollowUpPaths.EarlierMeetingDates);
        var findings = new List<FindingDraft>();
        for (var i = 1; i < dates.Count; i++)
        {
            if (dates[i] > DueDates.MonthsAfter(dates[i - 1], months))
            {
                findings.Add(RuleEvaluation.Finding(subject, "OL508.Gap", Severity.Warning, ("from", dates[i - 1]), ("to", dates[i]), ("months", months)));
            }
        }

        var latest = dates[^1];
        var due = DueDates.MonthsAfter(latest, months);
        if (DueDates.IsPast(due, context.AsOf))
        {
            findings.Add(RuleEvaluation.Finding(subject, "OL508.Overdue", Severity.Warning, ("latest", latest), ("due", due), ("months", months)));
        }

        return RuleEvaluation.Of(findings);
    }
}
