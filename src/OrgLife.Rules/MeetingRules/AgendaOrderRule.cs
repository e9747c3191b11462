using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Meetings;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.MeetingRules;

/// <summary>
/// OL204 AgendaOrder 会议议程 — the steps the chosen form requires (RULES.md "Agendas") are all present and
/// in order. The required steps must appear as a subsequence of the recorded agenda: other steps may come
/// before, between or after them (branches add a song, a vote on the minutes …) and a step may repeat.
/// Each required step that never appears gets a "missing" finding; each that appears only where it
/// cannot follow the step before it gets an "out of order" finding. Needs <c>meeting.agenda</c> and, for a
/// 组织生活会, <c>meeting.form</c>; a 民主生活会 uses its own agenda whatever its form.
/// </summary>
internal sealed class AgendaOrderRule : Rule
{
    private const string AgendaPath = "meeting.agenda";

    /// <summary>支委会 form, City-2019 二(一): committee meeting steps 1–4, then the general meeting (5), comments (6), statement (7).</summary>
    internal static ImmutableArray<AgendaStep> CommitteeForm { get; } =
    [
        AgendaStep.WorkReport, AgendaStep.SecretarySelfExamination, AgendaStep.CommitteeMembersInTurn, AgendaStep.SecretarySummary,
        AgendaStep.CommitteeReportToGeneralMeeting, AgendaStep.SelfEvaluation, AgendaStep.PeerEvaluation, AgendaStep.DemocraticAssessment,
        AgendaStep.SuperiorComments, AgendaStep.SecretaryStatement,
    ];

    /// <summary>党员大会 form, City-2019 二(二).</summary>
    internal static ImmutableArray<AgendaStep> GeneralForm { get; } =
    [
        AgendaStep.WorkReport, AgendaStep.SecretarySelfExamination, AgendaStep.MembersInTurn, AgendaStep.DemocraticAssessment,
        AgendaStep.SuperiorComments, AgendaStep.SecretaryStatement,
    ];

    /// <summary>党小组会 form, City-2019 二(三).</summary>
    internal static ImmutableArray<AgendaStep> PartyGroupForm { get; } =
    [
        AgendaStep.WorkReport, AgendaStep.PartyGroupSelfAndPeerEvaluation, AgendaStep.DemocraticAssessment,
        AgendaStep.SuperiorComments, AgendaStep.SecretaryStatement,
    ];

    /// <summary>民主生活会, District-2017 附件1 二.1.</summary>
    internal static ImmutableArray<AgendaStep> DemocraticLife { get; } =
    [
        AgendaStep.RectificationAndOpinionsReport, AgendaStep.PrincipalLeaderExamination, AgendaStep.TeamMembersSelfCriticism, AgendaStep.PrincipalLeaderSummary,
    ];

    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL204"),
        "AgendaOrder",
        "会议议程",
        "The steps required for the chosen form are all present and in order.",
        Severity.Error,
        [Sources.City2019("二(一)"), Sources.City2019("二(二)"), Sources.City2019("二(三)"), Sources.District2017("附件2 四"), Sources.District2017("附件2 五")]);

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL204.Missing",
            "The agenda of the {form} lacks the step \"{step}\".",
            "{form}议程缺少“{step}”环节。"),
        new("OL204.OutOfOrder",
            "In the agenda of the {form}, the step \"{step}\" must come after \"{previous}\".",
            "{form}议程中，“{step}”环节应在“{previous}”环节之后。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context)
    {
        if (context.Meeting is not { } meeting)
        {
            return RuleEvaluation.Missing(RecordPaths.Meeting);
        }

        Enum formTerm;
        ImmutableArray<AgendaStep> required;
        if (meeting.Kind == MeetingKind.DemocraticLife)
        {
            (formTerm, required) = (MeetingKind.DemocraticLife, DemocraticLife);
        }
        else if (meeting.Form is { } form)
        {
            (formTerm, required) = (form, RequiredFor(form));
        }
        else
        {
            return meeting.Agenda is null
                ? RuleEvaluation.Missing(RecordPaths.Of(RecordPaths.Meeting, "form"), AgendaPath)
                : RuleEvaluation.Missing(RecordPaths.Of(RecordPaths.Meeting, "form"));
        }

        if (meeting.Agenda is not { } agenda)
        {
            return RuleEvaluation.Missing(AgendaPath);
        }

        var subject = new FindingSubject(SubjectKind.Meeting, null, AgendaPath);
        List<FindingDraft>? findings = null;
        var next = 0;
        AgendaStep? previous = null;
        foreach (var step in required)
        {
            // IndexOf throws for a start at the end: once the agenda is used up, the remaining steps are not found.
            var at = next < agenda.Length ? agenda.IndexOf(step, next) : -1;
            if (at >= 0)
            {
                next = at + 1;
                previous = step;
                continue;
            }

            findings ??= [];
            findings.Add(agenda.Contains(step) && previous is { } before
                ? RuleEvaluation.Finding(subject, "OL204.OutOfOrder", Severity.Error, ("form", formTerm), ("step", step), ("previous", before))
                : RuleEvaluation.Finding(subject, "OL204.Missing", Severity.Error, ("form", formTerm), ("step", step)));
        }

        return findings is null ? RuleEvaluation.Passed : RuleEvaluation.Of(findings);
    }

    /// <summary>The required steps of an organizational-life meeting in <paramref name="form"/>, in order.</summary>
    internal static ImmutableArray<AgendaStep> RequiredFor(MeetingForm form) => form switch
    {
        MeetingForm.CommitteeMeeting => CommitteeForm,
        MeetingForm.PartyGroupMeetings => PartyGroupForm,
        _ => GeneralForm,
    };
}
