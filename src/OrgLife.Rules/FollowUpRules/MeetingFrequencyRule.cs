using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Scheduling;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.FollowUpRules;

/// <summary>
/// OL508 MeetingFrequency 召开频次 — organizational-life meetings at least every M months (policy
/// MeetingIntervalMonths: 12 by the 条例, 6 or 3 where a policy says so).
/// <para>
/// Yearly (M = 12) the rule counts by 年度 (<see cref="ReportingYear"/>): the meeting for year Y may be held up to the
/// campaign deadline in year Y+1 (City-2019 "2018年度…2019年3月底前完成"). Every 年度 between the first and the latest
/// meeting needs one (one finding per year without); the year after the latest is overdue once the as-of date is past
/// its last possible day.
/// </para>
/// <para>
/// Every M &lt; 12 months (Collection 第五篇 三 "每季度或每半年") the dates are compared: a gap is too long when a meeting
/// falls after the one before it plus M months; the latest meeting is overdue for a successor when the as-of date is
/// past it plus M months.
/// </para>
/// A meeting whose postponement the superior approved (Collection 第一篇 3.5 "未经上级党组织同意而不按时召开") is on time when
/// held by the approved new date: no gap ends at it.
/// </summary>
internal sealed class MeetingFrequencyRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL508"),
        "MeetingFrequency",
        "召开频次",
        "An organizational-life meeting is held for every year (usually in Q4, up to the next year's campaign deadline), or every quarter or half-year where the policy says so; approved postponements count.",
        Severity.Warning,
        [
            Sources.BranchWorkRegulations("第十七条", "党支部每年至少召开1次组织生活会，一般安排在第四季度"),
            Sources.City2019("四.6", "组织生活会和民主评议党员要在2019年3月底前完成。"),
            Sources.Collection("第五篇 三", "组织生活会,一般每季度或每半年召开一次。"),
            Sources.Collection("第一篇 3.5", "对未经上级党组织同意而不按时召开组织生活会的支部主要负责人以及无故不参加民主生活会的班子成员,应给予批评教育。"),
        ])
    {
        ChineseSummary = "每个年度至少召开一次组织生活会（一般安排在第四季度，可延至次年规定时限前）；政策规定时每季度或每半年召开一次。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL508.Gap",
            "No organizational-life meeting between {from} and {to}, longer than the interval of {months}.",
            "{from} 至 {to} 之间未召开组织生活会，超过 {months} 个月的间隔。"),
        new("OL508.Overdue",
            "The latest organizational-life meeting was on {latest}; the next was due by {due} (every {months}).",
            "最近一次组织生活会于 {latest} 召开，下一次应最迟于 {due}（含当日）召开（每 {months} 个月至少一次）。"),
        new("OL508.YearMissed",
            "No organizational-life meeting was held for the year {year} (meetings for {before} and {after}).",
            "{year}年度未召开组织生活会（已召开{before}年度和{after}年度的组织生活会）。"),
        new("OL508.YearOverdue",
            "The latest organizational-life meeting was for the year {latest}; the meeting for {year} was due by {due}.",
            "最近一次组织生活会为{latest}年度；{year}年度的组织生活会应最迟于 {due}（含当日）召开。"),
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
        return months == 12 ? ByYear(context, earlierDates, meetingDate) : ByInterval(context, earlierDates, meetingDate, months);
    }

    private static RuleEvaluation ByYear(RuleContext context, ImmutableArray<NodaTime.LocalDate> earlier, NodaTime.LocalDate meetingDate)
    {
        var deadline = context.Policy.CampaignDeadline;
        var meeting = context.Meeting!;
        var current = meeting.ForYear ?? (meeting.Postponement is not null && deadline is { } d ? ReportingYear.Of(d, deadline) : ReportingYear.Of(meetingDate, deadline));
        // The distinct years in order: sorted in one array and de-duplicated in place (no LINQ chain per record).
        var all = new int[earlier.Length + 1];
        for (var i = 0; i < earlier.Length; i++)
        {
            all[i] = ReportingYear.Of(earlier[i], deadline);
        }

        all[^1] = current;
        Array.Sort(all);
        var distinct = 1;
        for (var i = 1; i < all.Length; i++)
        {
            if (all[i] != all[distinct - 1])
            {
                all[distinct++] = all[i];
            }
        }

        var years = all.AsSpan(0, distinct);
        var subject = new FindingSubject(SubjectKind.Branch, null, FollowUpPaths.EarlierMeetingDates);
        var findings = new List<FindingDraft>();
        for (var i = 1; i < years.Length; i++)
        {
            for (var year = years[i - 1] + 1; year < years[i]; year++)
            {
                findings.Add(RuleEvaluation.Finding(subject, "OL508.YearMissed", Severity.Warning, ("year", year), ("before", years[i - 1]), ("after", years[i])));
            }
        }

        var latest = years[^1];
        var due = ReportingYear.LastDayFor(latest + 1, deadline);
        if (DueDates.IsPast(due, context.AsOf))
        {
            findings.Add(RuleEvaluation.Finding(subject, "OL508.YearOverdue", Severity.Warning, ("latest", latest), ("year", latest + 1), ("due", due)));
        }

        return RuleEvaluation.Of(findings);
    }

    private static RuleEvaluation ByInterval(RuleContext context, ImmutableArray<NodaTime.LocalDate> earlier, NodaTime.LocalDate meetingDate, int months)
    {
        var dates = earlier.Append(meetingDate).Distinct().Order().ToList();
        var approvedUntil = context.Meeting!.Postponement?.NewDeadline;
        var subject = new FindingSubject(SubjectKind.Branch, null, FollowUpPaths.EarlierMeetingDates);
        var findings = new List<FindingDraft>();
        for (var i = 1; i < dates.Count; i++)
        {
            // A meeting held by the date its approved postponement set is on time.
            var approved = dates[i] == meetingDate && approvedUntil is { } until && meetingDate <= until;
            if (!approved && dates[i] > DueDates.MonthsAfter(dates[i - 1], months))
            {
                findings.Add(RuleEvaluation.Finding(subject, "OL508.Gap", Severity.Warning, ("from", dates[i - 1]), ("to", dates[i]), ("months", Quantity.Months(months))));
            }
        }

        var latest = dates[^1];
        var due = DueDates.MonthsAfter(latest, months);
        if (DueDates.IsPast(due, context.AsOf))
        {
            findings.Add(RuleEvaluation.Finding(subject, "OL508.Overdue", Severity.Warning, ("latest", latest), ("due", due), ("months", Quantity.Months(months))));
        }

        return RuleEvaluation.Of(findings);
    }
}
