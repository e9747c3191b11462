using System.Collections.Immutable;
using OrgLife.Branches;
using OrgLife.Evaluation;
using OrgLife.Grades;
using OrgLife.Ids;
using OrgLife.Records;

namespace OrgLife.Rules.Tests.Support;

/// <summary>Builders for evaluation records: determinations, steps and whole records for the OL3xx rules.</summary>
internal static class EvaluationSamples
{
    /// <summary>A determination of <paramref name="member"/> with <paramref name="grade"/>, feedback given and the follow-up its grade calls for.</summary>
    public static Determination Determined(MemberId member, Grade? grade) => new()
    {
        MemberId = member,
        Grade = grade,
        FeedbackGiven = true,
        FollowUps = grade switch
        {
            Grade.Excellent => [GradeFollowUp.Commendation],
            Grade.BasicallyQualified => [GradeFollowUp.EducationAndHelp],
            Grade.Unqualified => [GradeFollowUp.CorrectionWithinDeadline],
            Grade.Qualified => [GradeFollowUp.Encouragement],
            _ => [],
        },
    };

    /// <summary>Every full member of <paramref name="branch"/> graded Qualified; probationary members determined without a grade.</summary>
    public static ImmutableArray<Determination> AllQualified(Branch branch)
        => [.. branch.Members.Select(m => Determined(m.Id, m.IsGradable ? Grade.Qualified : null))];

    /// <summary>The four steps in order, a day apart from 2026-12-01.</summary>
    public static ImmutableArray<EvaluationStepRecord> StepsInOrder { get; } =
        [.. Enum.GetValues<EvaluationStep>().Select((s, i) => new EvaluationStepRecord(s, new NodaTime.LocalDate(2026, 12, 1).PlusDays(i)))];

    /// <summary>A complete, rule-abiding evaluation of <paramref name="branch"/>.</summary>
    public static EvaluationRecord Complete(Branch branch) => new()
    {
        Steps = StepsInOrder,
        BallotScale = AssessmentScale.FourGrades,
        DeterminationUsedFourGrades = true,
        AssessmentResults = [.. branch.Members.Where(m => m.IsGradable).Select(m => new AssessmentResult { MemberId = m.Id, LeadingGrade = Grade.Qualified })],
        ExemptFromAssessment = [],
        Determinations = AllQualified(branch),
        Publicity = Occurrence.On(new NodaTime.LocalDate(2026, 12, 20)),
        CommitteeRated = Occurrence.On(Sample.MeetingDate),
        RedoOrdered = Occurrence.NotDone,
    };

    /// <summary>A record of <paramref name="branch"/> with a meeting on <see cref="Sample.MeetingDate"/> and <paramref name="evaluation"/>.</summary>
    public static BranchRecord Record(Branch branch, EvaluationRecord? evaluation) => new() { Branch = branch, Meeting = Sample.Meeting(), Evaluation = evaluation };
}
