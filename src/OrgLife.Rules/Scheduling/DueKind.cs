namespace OrgLife.Rules.Scheduling;

/// <summary>What falls due on a date of a meeting's schedule.</summary>
public enum DueKind
{
    /// <summary>会前通知 — attendees notified (OL106).</summary>
    MemberNotice = 0,

    /// <summary>报告上级 — the superior told of the meeting (OL107).</summary>
    SuperiorNotice = 1,

    /// <summary>会议方案报审 — a 民主生活会 plan sent to the superior for review (OL108).</summary>
    PlanForReview = 2,

    /// <summary>会后报告 — the report and minutes reach the superior (OL501).</summary>
    Report = 3,

    /// <summary>每半年通报 — a branch progress report on rectification to the members (OL504).</summary>
    BranchProgressReport = 4,

    /// <summary>每季度报告 — the members' reports on fulfilling their commitments (OL505).</summary>
    MemberCommitmentReport = 5,

    /// <summary>完成时限 — the campaign's deadline for the meeting and the evaluation (OL507).</summary>
    CampaignDeadline = 6,

    /// <summary>召开频次 — the next organizational-life meeting (OL508).</summary>
    NextMeeting = 7,
}
