using System.Collections.Immutable;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.FollowUpRules;

/// <summary>The follow-up and deadline (OL5xx) rules, in ID order.</summary>
internal static class FollowUpSection
{
    /// <summary>Every follow-up and deadline (OL5xx) rule.</summary>
    public static ImmutableArray<Rule> All { get; } =
    [
        new ReportDeadlineRule(),
        new RectificationItemsRule(),
        new RectificationPublicRule(),
        new BranchProgressReportsRule(),
        new MemberCommitmentReportsRule(),
        new ResultsFiledRule(),
        new CampaignDeadlineRule(),
        new MeetingFrequencyRule(),
        new AbsenteesBriefedRule(),
        new MeetingBriefedRule(),
        new RecordsArchivedRule(),
    ];
}
