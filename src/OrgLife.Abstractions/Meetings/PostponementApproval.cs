using NodaTime;

namespace OrgLife.Meetings;

/// <summary>
/// 经上级党组织同意 — the superior's approval to hold the meeting (and finish the evaluation) later than the campaign
/// deadline or the usual interval. Collection 第一篇 3.5 blames only a branch that does not meet on time "未经上级党组织同意",
/// so an approved postponement makes the new date the deadline (OL507, OL508). Immutable.
/// </summary>
public sealed record PostponementApproval
{
    /// <summary>The new date the superior approved: the meeting and the evaluation are due by it (that day included).</summary>
    public required LocalDate NewDeadline { get; init; }

    /// <summary>When the superior approved the postponement, or null when not recorded.</summary>
    public LocalDate? ApprovedOn { get; init; }
}
