using System.Collections.Immutable;
using NodaTime;
using OrgLife.Records;

namespace OrgLife.FollowUp;

/// <summary>
/// 会后 — what the branch did after the meeting (rules OL5xx). Every part is optional: null
/// means "not recorded".
/// </summary>
public sealed record FollowUpRecord
{
    /// <summary>会后报告 — when the meeting report and minutes reached the superior.</summary>
    public Occurrence? ReportSubmitted { get; init; }

    /// <summary>整改清单 — the rectification items.</summary>
    public ImmutableArray<RectificationItem>? RectificationItems { get; init; }

    /// <summary>整改公示 — the rectification measures were made public.</summary>
    public Occurrence? RectificationPublicized { get; init; }

    /// <summary>完成情况公示 — the completion of the rectification was made public (OL503, Municipal-2016 二.6 "整改内容和完成情况要在一定范围公示").</summary>
    public Occurrence? CompletionPublicized { get; init; }

    /// <summary>通报召开情况 — the meeting was briefed to the lower organizations, the unit, or cadres and the masses (OL510).</summary>
    public Occurrence? MeetingBriefed { get; init; }

    /// <summary>归卷存档 — the meeting's materials were archived (OL511).</summary>
    public Occurrence? RecordsArchived { get; init; }

    /// <summary>The dates the branch reported rectification progress to its members (每半年通报).</summary>
    public ImmutableArray<LocalDate>? BranchProgressReports { get; init; }

    /// <summary>Members' reports on fulfilling their commitments (每季度报告).</summary>
    public ImmutableArray<MemberCommitmentReport>? MemberCommitmentReports { get; init; }

    /// <summary>上报备案 — the problem list was filed with the superior.</summary>
    public Occurrence? ProblemListFiled { get; init; }

    /// <summary>上报备案 — the rectification list was filed with the superior.</summary>
    public Occurrence? RectificationListFiled { get; init; }

    /// <summary>上报备案 — the evaluation results were filed with the superior.</summary>
    public Occurrence? EvaluationResultsFiled { get; init; }
}
