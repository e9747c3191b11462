using OrgLife.Findings;
using OrgLife.Ids;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.EvaluationRules;

/// <summary>The record paths and finding subjects the evaluation (OL3xx) rules share.</summary>
internal static class EvaluationPaths
{
    public static readonly string Steps = RecordPaths.Of(RecordPaths.Evaluation, "steps");
    public static readonly string Determinations = RecordPaths.Of(RecordPaths.Evaluation, "determinations");
    public static readonly string AssessmentResults = RecordPaths.Of(RecordPaths.Evaluation, "assessmentResults");
    public static readonly string ExemptFromAssessment = RecordPaths.Of(RecordPaths.Evaluation, "exemptFromAssessment");

    // After Determinations: static fields initialize in order.
    private static readonly IndexedPaths DeterminationPaths = new(Determinations);

    /// <summary>The path of the determination at <paramref name="index"/>.</summary>
    public static string Determination(int index) => DeterminationPaths.At(index);

    /// <summary>A finding about one member, at <paramref name="path"/>.</summary>
    public static FindingSubject Member(MemberId member, string path) => new(SubjectKind.Member, member.Value, path);

    /// <summary>A finding about the evaluation as a whole, at <paramref name="path"/>.</summary>
    public static FindingSubject Evaluation(string path) => new(SubjectKind.Evaluation, null, path);
}
