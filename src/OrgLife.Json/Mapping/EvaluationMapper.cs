using OrgLife.Json.Dto;
using OrgLife.Evaluation;

namespace OrgLife.Json.Mapping;

/// <summary>Maps <c>evaluation</c>: steps, ballot scale, ballot outcomes, determinations, publicity.</summary>
internal static class EvaluationMapper
{
    public static EvaluationRecord ToDomain(EvaluationDto dto, string path)
    {
        Map.RejectUnknown(dto, path);
        return new EvaluationRecord
        {
            Steps = Map.Objects(dto.Steps, Map.Child(path, "steps"), ToStep),
            BallotScale = dto.BallotScale,
            DeterminationUsedFourGrades = dto.DeterminationUsedFourGrades,
            AssessmentResults = Map.Objects(dto.AssessmentResults, Map.Child(path, "assessmentResults"), ToAssessmentResult),
            ExemptFromAssessment = Map.MemberIds(dto.ExemptFromAssessment, Map.Child(path, "exemptFromAssessment")),
            Determinations = Map.Objects(dto.Determinations, Map.Child(path, "determinations"), ToDetermination),
            Publicity = Map.Occurrence(dto.Publicity, Map.Child(path, "publicity")),
            CommitteeRated = Map.Occurrence(dto.CommitteeRated, Map.Child(path, "committeeRated")),
            RedoOrdered = Map.Occurrence(dto.RedoOrdered, Map.Child(path, "redoOrdered")),
            Redone = Map.Occurrence(dto.Redone, Map.Child(path, "redone")),
        };
    }

    private static EvaluationStepRecord ToStep(EvaluationStepDto dto, string path)
    {
        Map.RejectUnknown(dto, path);
        return new EvaluationStepRecord(Map.Value(dto.Step, Map.Child(path, "step"), "an evaluation step such as \"selfEvaluation\""), dto.Date);
    }

    private static AssessmentResult ToAssessmentResult(AssessmentResultDto dto, string path)
    {
        Map.RejectUnknown(dto, path);
        return new AssessmentResult { MemberId = Map.MemberId(dto.MemberId, Map.Child(path, "memberId")), LeadingGrade = dto.LeadingGrade };
    }

    private static Determination ToDetermination(DeterminationDto dto, string path)
    {
        Map.RejectUnknown(dto, path);
        return new Determination
        {
            MemberId = Map.MemberId(dto.MemberId, Map.Child(path, "memberId")),
            Grade = dto.Grade,
            Reason = dto.Reason,
            FeedbackGiven = dto.FeedbackGiven,
            FollowUps = Map.Values(dto.FollowUps, Map.Child(path, "followUps"), "a follow-up such as \"commendation\""),
        };
    }
}
