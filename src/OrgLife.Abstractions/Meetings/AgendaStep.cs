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
}
