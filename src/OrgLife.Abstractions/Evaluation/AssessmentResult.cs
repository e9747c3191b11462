using OrgLife.Grades;
using OrgLife.Ids;

namespace OrgLife.Evaluation;

/// <summary>The outcome of the ballots for one member, as the tally reported it.</summary>
public sealed record AssessmentResult
{
    /// <summary>The member assessed.</summary>
    public required MemberId MemberId
    {
        get;
        init => field = value.IsDefault ? throw new ArgumentException("AssessmentResult.MemberId must not be empty.", nameof(MemberId)) : value;
    }

    /// <summary>The grade with most valid marks, when the ballot used the four grades; null otherwise or on a tie.</summary>
    public Grade? LeadingGrade { get; init; }
}
