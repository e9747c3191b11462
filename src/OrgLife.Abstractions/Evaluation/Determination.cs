using System.Collections.Immutable;
using OrgLife.Grades;
using OrgLife.Ids;

namespace OrgLife.Evaluation;

/// <summary>组织评定 — the organization's determination for one member, and what followed it.</summary>
public sealed record Determination
{
    /// <summary>The member determined.</summary>
    public required MemberId MemberId
    {
        get;
        init => field = value.IsDefault ? throw new ArgumentException("Determination.MemberId must not be empty.", nameof(MemberId)) : value;
    }

    /// <summary>The grade given; null when no grade was given (as for a probationary member).</summary>
    public Grade? Grade
    {
        get;
        init => field = value is null || Enum.IsDefined(value.Value) ? value : throw new ArgumentOutOfRangeException(nameof(Grade), value, $"Determination for '{MemberId}': unknown grade.");
    }

    /// <summary>The recorded reason when the grade differs from the ballots' leading grade (日常表现, OL305).</summary>
    public string? Reason { get; init; }

    /// <summary>True when the result was fed back to the member (向本人反馈); null when not recorded.</summary>
    public bool? FeedbackGiven { get; init; }

    /// <summary>What was done after the determination; null when not recorded, empty when nothing was done.</summary>
    public ImmutableArray<GradeFollowUp>? FollowUps { get; init; }
}
