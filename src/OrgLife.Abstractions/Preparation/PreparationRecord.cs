using System.Collections.Immutable;
using OrgLife.Records;

namespace OrgLife.Preparation;

/// <summary>
/// 会前准备 — what a branch did before the meeting (rules OL101–OL111). Every part is optional:
/// null means "not recorded", never "not done".
/// </summary>
public sealed record PreparationRecord
{
    /// <summary>集中学习 — the concentrated study session (e.g. 支部主题党日).</summary>
    public Occurrence? StudySession { get; init; }

    /// <summary>征求意见 — opinions solicited from members, the masses and service recipients.</summary>
    public Occurrence? OpinionsSolicited { get; init; }

    /// <summary>谈心谈话 — the talks held before the meeting.</summary>
    public ImmutableArray<Talk>? Talks { get; init; }

    /// <summary>会前通知 — when the attendees were notified.</summary>
    public Occurrence? MemberNotice { get; init; }

    /// <summary>报告上级 — when the superior organization was told of the meeting.</summary>
    public Occurrence? SuperiorNotice { get; init; }

    /// <summary>会议方案报审 — for a 民主生活会, when the plan reached the superior for review.</summary>
    public Occurrence? PlanSubmitted { get; init; }

    /// <summary>问题清单 — the committee's list of its own problems. Written speeches from ordinary members are deliberately not modelled (anti-formalism).</summary>
    public Occurrence? CommitteeProblemList { get; init; }

    /// <summary>撰写个人发言提纲 — for a 民主生活会, every team member wrote their own speech outline (OL110, District-2017 附件1 一.6).</summary>
    public Occurrence? SpeechOutlinesWritten { get; init; }

    /// <summary>发言提纲审核把关 — for a 民主生活会, the principal leader reviewed every member's outline (OL110).</summary>
    public Occurrence? SpeechOutlinesReviewed { get; init; }

    /// <summary>反馈意见 — for a 民主生活会, the opinions gathered were fed back to the team and its members (OL111, District-2017 附件1 一.4).</summary>
    public Occurrence? OpinionsFedBack { get; init; }

    /// <summary>报上级纪委和党委组织部门 — for a 民主生活会, the opinions gathered were reported to the superior 纪委 and 组织部门 (OL111).</summary>
    public Occurrence? OpinionsReportedToSuperior { get; init; }
}
