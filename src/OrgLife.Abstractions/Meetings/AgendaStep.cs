namespace OrgLife.Meetings;

/// <summary>
/// One step of a meeting's agenda (会议议程). Which steps a form requires, and in what order, is
/// rule OL204's business; this is only the vocabulary.
/// </summary>
public enum AgendaStep
{
    /// <summary>The secretary reports last year's rectification and the branch's work and problems (通报).</summary>
    WorkReport = 0,

    /// <summary>The secretary's self-examination (书记对照检查), criticized by the others.</summary>
    SecretarySelfExamination = 1,

    /// <summary>Each other committee member in turn examines themself and is criticized.</summary>
    CommitteeMembersInTurn = 2,

    /// <summary>The secretary sums up the committee meeting.</summary>
    SecretarySummary = 3,

    /// <summary>At the general meeting, the secretary reports for the committee (述职).</summary>
    CommitteeReportToGeneralMeeting = 4,

    /// <summary>个人自评 — members' self-evaluation.</summary>
    SelfEvaluation = 5,

    /// <summary>党员互评 — members' peer evaluation.</summary>
    PeerEvaluation = 6,

    /// <summary>Members in turn examine themselves and are criticized (general-meeting form).</summary>
    MembersInTurn = 7,

    /// <summary>In party groups: self- and peer evaluation, each member examined and criticized.</summary>
    PartyGroupSelfAndPeerEvaluation = 8,

    /// <summary>民主测评 — the democratic assessment by ballot.</summary>
    DemocraticAssessment = 9,

    /// <summary>The superior organization's representative comments (上级指导点评).</summary>
    SuperiorComments = 10,

    /// <summary>The secretary's statement and rectification commitment (表态).</summary>
    SecretaryStatement = 11,

    /// <summary>民主生活会: report on the last rectification and on the opinions gathered.</summary>
    RectificationAndOpinionsReport = 12,

    /// <summary>民主生活会: the principal leader's examination for the leadership team.</summary>
    PrincipalLeaderExamination = 13,

    /// <summary>民主生活会: each team member's self-criticism, criticized by the others.</summary>
    TeamMembersSelfCriticism = 14,

    /// <summary>民主生活会: the principal leader sums up and sets rectification requirements.</summary>
    PrincipalLeaderSummary = 15,

    /// <summary>领学 — the secretary leads the study of the relevant texts (District-2017 附件2 四.1, 五.1).</summary>
    LeadStudy = 16,

    /// <summary>述职与查摆情况 — the secretary reports for the committee on the opinions gathered and the problems found (District-2017 附件2 四.2; Municipal-2016 二.4).</summary>
    CommitteeAccountAndProblems = 17,

    /// <summary>逐一批评和自我批评 — the secretary and each committee member in turn criticize themselves and are criticized (District-2017 附件2 四.3).</summary>
    CommitteeCriticismInTurn = 18,

    /// <summary>通报 — at the general meeting, the secretary briefs members on the committee's problems and its criticism (District-2017 附件2 五.2; Municipal-2016 二.5).</summary>
    CommitteeCriticismBriefing = 19,

    /// <summary>评议班子 — members rate the branch committee's work and style (District-2017 附件2 五.4; Municipal-2016 二.5).</summary>
    CommitteeRating = 20,
}
