using System.Collections.Immutable;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.PreparationRules;

/// <summary>The preparation (OL1xx) rules, in ID order.</summary>
internal static class PreparationSection
{
    /// <summary>Every preparation (OL1xx) rule.</summary>
    public static ImmutableArray<Rule> All { get; } =
    [
        new StudySessionHeldRule(),
        new OpinionsSolicitedRule(),
        new CommitteeTalksRule(),
        new MemberTalksRule(),
        new PriorityTalksRule(),
        new MemberNoticeRule(),
        new SuperiorNoticeRule(),
        new PlanLeadTimeRule(),
        new ProblemListRule(),
        new SpeechOutlinesRule(),
        new OpinionsFedBackRule(),
    ];
}
