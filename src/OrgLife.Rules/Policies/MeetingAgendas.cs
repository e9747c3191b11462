using OrgLife.Meetings;

namespace OrgLife.Rules.Policies;

/// <summary>
/// The agendas a policy requires (OL204), one per meeting form and one for the 民主生活会, taken from the preset's source
/// document (RULES.md Revision 2; clarifications "Agendas without a numbered list"). Immutable.
/// </summary>
public sealed record MeetingAgendas
{
    /// <summary>The set's name, for example <c>city-2019</c> or <c>common</c>.</summary>
    public required string Name
    {
        get;
        init => field = string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("MeetingAgendas.Name must not be empty.", nameof(Name)) : value;
    }

    /// <summary>The 支委会 form: the committee part, then the 党员大会 part.</summary>
    public required AgendaTemplate CommitteeForm { get; init => field = value ?? throw new ArgumentNullException(nameof(CommitteeForm)); }

    /// <summary>The 党员大会 form.</summary>
    public required AgendaTemplate GeneralMeetingForm { get; init => field = value ?? throw new ArgumentNullException(nameof(GeneralMeetingForm)); }

    /// <summary>The 党小组会 form: the opening 党员大会, the group sessions, the 党员大会 of the 民主测评.</summary>
    public required AgendaTemplate PartyGroupForm { get; init => field = value ?? throw new ArgumentNullException(nameof(PartyGroupForm)); }

    /// <summary>The 民主生活会 (District-2017 附件1 二.1 in every set: the only source that lists it).</summary>
    public required AgendaTemplate DemocraticLife { get; init => field = value ?? throw new ArgumentNullException(nameof(DemocraticLife)); }

    /// <summary>The template for a meeting of <paramref name="kind"/> in <paramref name="form"/> (a 民主生活会 ignores the form).</summary>
    /// <param name="kind">The meeting kind.</param>
    /// <param name="form">The form of a 组织生活会.</param>
    public AgendaTemplate For(MeetingKind kind, MeetingForm form) => kind == MeetingKind.DemocraticLife ? DemocraticLife : form switch
    {
        MeetingForm.CommitteeMeeting => CommitteeForm,
        MeetingForm.PartyGroupMeetings => PartyGroupForm,
        _ => GeneralMeetingForm,
    };

    private static AgendaTemplate DemocraticLifeSteps { get; } = AgendaTemplate.InOrder(
        "District-2017 附件1 二.1",
        AgendaStep.RectificationAndOpinionsReport, AgendaStep.PrincipalLeaderExamination, AgendaStep.TeamMembersSelfCriticism, AgendaStep.PrincipalLeaderSummary);

    /// <summary>
    /// The steps common to every source's agenda for each form (clarifications): the report on the work and problems, the
    /// secretary's self-examination first, each participant's self-examination with criticism, then self-evaluation,
    /// peer evaluation and the democratic assessment. Used by the national default, Village-2019 and the Collection.
    /// </summary>
    public static MeetingAgendas Common { get; } = new()
    {
        Name = "common",
        CommitteeForm = AgendaTemplate.InOrder(
            "common steps, 支委会 form",
            AgendaStep.WorkReport, AgendaStep.SecretarySelfExamination, AgendaStep.CommitteeMembersInTurn,
            AgendaStep.SelfEvaluation, AgendaStep.PeerEvaluation, AgendaStep.DemocraticAssessment),
        GeneralMeetingForm = AgendaTemplate.InOrder(
            "common steps, 党员大会 form",
            AgendaStep.WorkReport, AgendaStep.SecretarySelfExamination, AgendaStep.MembersInTurn,
            AgendaStep.SelfEvaluation, AgendaStep.PeerEvaluation, AgendaStep.DemocraticAssessment),
        PartyGroupForm = AgendaTemplate.InOrder(
            "common steps, 党小组会 form",
            AgendaStep.WorkReport, AgendaStep.PartyGroupSelfAndPeerEvaluation, AgendaStep.DemocraticAssessment),
        DemocraticLife = DemocraticLifeSteps,
    };

    /// <summary>City-2019 二(一)(二)(三): its three numbered lists.</summary>
    public static MeetingAgendas City2019 { get; } = new()
    {
        Name = "city-2019",
        CommitteeForm = AgendaTemplate.InOrder(
            "City-2019 二(一)",
            AgendaStep.WorkReport, AgendaStep.SecretarySelfExamination, AgendaStep.CommitteeMembersInTurn, AgendaStep.SecretarySummary,
            AgendaStep.CommitteeReportToGeneralMeeting, AgendaStep.SelfEvaluation, AgendaStep.PeerEvaluation, AgendaStep.DemocraticAssessment,
            AgendaStep.SuperiorComments, AgendaStep.SecretaryStatement),
        GeneralMeetingForm = AgendaTemplate.InOrder(
            "City-2019 二(二)",
            AgendaStep.WorkReport, AgendaStep.SecretarySelfExamination, AgendaStep.MembersInTurn, AgendaStep.DemocraticAssessment,
            AgendaStep.SuperiorComments, AgendaStep.SecretaryStatement),
        PartyGroupForm = AgendaTemplate.InOrder(
            "City-2019 二(三)",
            AgendaStep.WorkReport, AgendaStep.PartyGroupSelfAndPeerEvaluation, AgendaStep.DemocraticAssessment,
            AgendaStep.SuperiorComments, AgendaStep.SecretaryStatement),
        DemocraticLife = DemocraticLifeSteps,
    };

    /// <summary>
    /// District-2017 附件2: the 支委会 form is 四 (领学 → 述职与查摆情况 → 逐一批评和自我批评) then 五 (领学 → 通报 → 自评互评 →
    /// 评议班子与民主测评); the 党员大会 form, which 四 prescribes for a branch without a committee ("直接召开党员大会"), is 五;
    /// the document has no 党小组会 list, so the common steps apply.
    /// </summary>
    public static MeetingAgendas District2017 { get; } = new()
    {
        Name = "district-2017",
        CommitteeForm = AgendaTemplate.InOrder(
            "District-2017 附件2 四、五",
            AgendaStep.LeadStudy, AgendaStep.CommitteeAccountAndProblems, AgendaStep.CommitteeCriticismInTurn,
            AgendaStep.LeadStudy, AgendaStep.CommitteeCriticismBriefing, AgendaStep.SelfEvaluation, AgendaStep.PeerEvaluation)
            .ThenAnyOrder(AgendaStep.CommitteeRating, AgendaStep.DemocraticAssessment),
        GeneralMeetingForm = AgendaTemplate.InOrder(
            "District-2017 附件2 五",
            AgendaStep.LeadStudy, AgendaStep.CommitteeCriticismBriefing, AgendaStep.SelfEvaluation, AgendaStep.PeerEvaluation)
            .ThenAnyOrder(AgendaStep.CommitteeRating, AgendaStep.DemocraticAssessment),
        PartyGroupForm = Common.PartyGroupForm,
        DemocraticLife = DemocraticLifeSteps,
    };

    /// <summary>
    /// Municipal-2016 二.5: the 党员大会 holds 通报 → 个人自评 → 党员互评 → 民主测评 and 评议班子 (in either order: the text
    /// names them in one sentence each); its other forms have no list of their own, so the common steps apply.
    /// </summary>
    public static MeetingAgendas Municipal2016 { get; } = new()
    {
        Name = "municipal-2016",
        CommitteeForm = Common.CommitteeForm,
        GeneralMeetingForm = AgendaTemplate.InOrder(
            "Municipal-2016 二.5",
            AgendaStep.CommitteeCriticismBriefing, AgendaStep.SelfEvaluation, AgendaStep.PeerEvaluation)
            .ThenAnyOrder(AgendaStep.DemocraticAssessment, AgendaStep.CommitteeRating),
        PartyGroupForm = Common.PartyGroupForm,
        DemocraticLife = DemocraticLifeSteps,
    };
}
