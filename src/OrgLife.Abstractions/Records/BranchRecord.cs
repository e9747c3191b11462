using System.Collections.Immutable;
using NodaTime;
using OrgLife.Branches;
using OrgLife.Evaluation;
using OrgLife.FollowUp;
using OrgLife.Meetings;
using OrgLife.Preparation;

namespace OrgLife.Records;

/// <summary>
/// Everything a vendor recorded of one branch's organizational-life meeting and democratic
/// evaluation: roster, preparation, meeting, evaluation, follow-up and earlier meetings.
/// Any part may be missing; the rules that need it then report "not evaluated".
/// </summary>
public sealed record BranchRecord
{
    /// <summary>The branch and its roster.</summary>
    public Branch? Branch { get; init; }

    /// <summary>What was done before the meeting.</summary>
    public PreparationRecord? Preparation { get; init; }

    /// <summary>The meeting.</summary>
    public Meeting? Meeting { get; init; }

    /// <summary>The democratic evaluation of members.</summary>
    public EvaluationRecord? Evaluation { get; init; }

    /// <summary>What was done after the meeting.</summary>
    public FollowUpRecord? FollowUp { get; init; }

    /// <summary>Dates of the branch's earlier organizational-life meetings, for the frequency rule (OL508).</summary>
    public ImmutableArray<LocalDate>? EarlierMeetingDates { get; init; }
}
