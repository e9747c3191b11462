using System.Collections.Immutable;
using NodaTime;
using OrgLife.Findings;
using OrgLife.Meetings;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.MeetingRules;

/// <summary>
/// OL209 MinimumDuration 不少于半天 — a thematic 组织生活会 (专题组织生活会) of a branch whose kind is in
/// <see cref="Policies.OrgLifePolicy.MinimumDurationBranchKinds"/> (default 机关) lasts at least
/// <see cref="Policies.OrgLifePolicy.MinimumDuration"/> (default 4 hours, half a day). Other kinds, meetings not
/// thematic pass with no finding; a 民主生活会 is not applicable; an unrecorded 专题 flag (<c>meeting.isThematic</c>)
/// where the kind is listed makes it not evaluated. When it applies it needs
/// <c>meeting.start</c> and <c>meeting.end</c>; the duration is measured in the branch's time zone (elapsed time,
/// so a daylight-saving change is counted correctly). A warning ("原则上").
/// </summary>
internal sealed class MinimumDurationRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL209"),
        "MinimumDuration",
        "不少于半天",
        "A government-organ branch's thematic organizational-life meeting lasts at least half a day (4 hours).",
        Severity.Warning,
        [
            Sources.Collection("第三篇 第六步", "机关党组织专题组织生活会原则上不少于半天。"),
        ])
    {
        ChineseSummary = "机关党组织专题组织生活会原则上不少于半天。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL209.TooShort",
            "The thematic meeting lasted {minutes}; it should as a rule last at least half a day ({required}).",
            "专题组织生活会仅开了 {minutes} 分钟，原则上不少于半天（{required} 分钟）。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context)
    {
        if (MissingData.Of((context.Branch is null, RecordPaths.Branch), (context.Meeting is null, RecordPaths.Meeting)) is { } missing)
        {
            return missing;
        }

        var (branch, meeting) = (context.Branch!, context.Meeting!);

        if (meeting.Kind != MeetingKind.OrganizationalLife)
        {
            return RuleEvaluation.NotApplicableTo(meeting.Kind);
        }

        if (!context.Policy.MinimumDurationBranchKinds.Contains(branch.Kind))
        {
            return RuleEvaluation.Passed;
        }

        // "Not recorded" is not "not thematic": an unrecorded 专题 flag leaves the rule not evaluated.
        if (meeting.IsThematic is not { } thematic)
        {
            return RuleEvaluation.Missing("meeting.isThematic");
        }

        if (!thematic)
        {
            return RuleEvaluation.Passed;
        }

        if (MissingData.Of((meeting.Start is null, "meeting.start"), (meeting.End is null, "meeting.end")) is { } missingTimes)
        {
            return missingTimes;
        }

        var (start, end) = (meeting.Start!.Value, meeting.End!.Value);

        var zone = branch.TimeZone;
        // Within a day of the calendar's ends a zone's offset would carry the instant past them: there, local time is counted.
        var lasted = NearCalendarEnds(start) || NearCalendarEnds(end)
            ? Period.Between(start, end, PeriodUnits.Seconds).ToDuration()
            : zone.AtLeniently(end).ToInstant() - zone.AtLeniently(start).ToInstant();
        var required = context.Policy.MinimumDuration;
        return lasted >= required
            ? RuleEvaluation.Passed
            : RuleEvaluation.Of(
            [
                RuleEvaluation.Finding(
                    new FindingSubject(SubjectKind.Meeting, null, "meeting.end"),
                    "OL209.TooShort",
                    Severity.Warning,
                    ("minutes", Quantity.Minutes((long)lasted.TotalMinutes)),
                    ("required", Quantity.Minutes((long)Math.Ceiling(required.TotalMinutes)))),
            ]);
    }

    private static bool NearCalendarEnds(LocalDateTime time)
        => time.Date < LocalDate.MinIsoValue.PlusDays(2) || time.Date > LocalDate.MaxIsoValue.PlusDays(-2);
}
