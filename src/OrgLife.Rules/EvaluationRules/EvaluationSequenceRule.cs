using System.Collections.Immutable;
using NodaTime;
using OrgLife.Evaluation;
using OrgLife.Findings;
using OrgLife.Meetings;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.EvaluationRules;

/// <summary>
/// OL301 EvaluationSequence 评议程序 — the four steps self-evaluation → peer evaluation → democratic
/// assessment → organizational determination are all recorded, in this order, and their dates (where
/// given) do not go backwards. A step listed after a later step is out of order (a repeat of the step
/// just before is not); a step dated before an earlier step of the sequence is reported on that step.
/// </summary>
internal sealed class EvaluationSequenceRule : MemberEvaluationRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL301"),
        "EvaluationSequence",
        "评议程序",
        "Self-evaluation, peer evaluation, democratic assessment and organizational determination all take place, in this order.",
        Severity.Error,
        [
            Sources.City2019("二(一)", "再按照个人自评、党员互评、民主测评的程序，组织党员开展民主评议"),
            Sources.Village2019("二.5", "召开党员大会，按照个人自评、党员互评、民主测评、组织评定程序，对党员进行评议。"),
            Sources.Municipal2016("二.5", "会上，按照个人自评、党员互评、民主测评的程序，对党员进行评议。"),
            Sources.District2017("附件2 五", "按照个人自评、党员互评、民主测评的程序，对党员进行评议。"),
        ])
    {
        ChineseSummary = "按照个人自评、党员互评、民主测评、组织评定的程序依次进行。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL301.StepMissing",
            "The evaluation step {step} is not recorded.",
            "评议缺少“{step}”环节。"),
        new("OL301.OutOfOrder",
            "The evaluation step {step} came after {later}, which must follow it.",
            "“{step}”环节排在“{later}”之后，顺序颠倒。"),
        new("OL301.DateOutOfOrder",
            "The evaluation step {step} is dated {date}, before {earlier} on {earlierDate}.",
            "“{step}”环节日期 {date} 早于前一环节“{earlier}”的日期 {earlierDate}。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context)
    {
        if (context.Evaluation?.Steps is not { } steps)
        {
            return RuleEvaluation.Missing(EvaluationPaths.Steps);
        }

        var findings = new List<FindingDraft>();
        foreach (var step in AllSteps)
        {
            if (!Recorded(steps, step))
            {
                findings.Add(RuleEvaluation.Finding(EvaluationPaths.Evaluation(EvaluationPaths.Steps), "OL301.StepMissing", Severity.Error, ("step", step)));
            }
        }

        // Plain loops over the (four or so) steps: this runs for every record.
        for (var i = 0; i < steps.Length; i++)
        {
            var step = steps[i];
            if (FirstLaterBefore(steps, i) is { } later)
            {
                findings.Add(RuleEvaluation.Finding(EvaluationPaths.Evaluation(RecordPaths.At(EvaluationPaths.Steps, i)), "OL301.OutOfOrder", Severity.Error, ("step", step.Step), ("later", later)));
            }

            if (step.Date is { } date && LatestEarlierStepDatedAfter(steps, step.Step, date) is { Date: { } earlierDate } earlier)
            {
                findings.Add(RuleEvaluation.Finding(
                    EvaluationPaths.Evaluation(RecordPaths.At(EvaluationPaths.Steps, i)), "OL301.DateOutOfOrder", Severity.Error, ("step", step.Step), ("date", date), ("earlier", earlier.Step), ("earlierDate", earlierDate)));
            }
        }

        return RuleEvaluation.Of(findings);
    }

    private static readonly EvaluationStep[] AllSteps = Enum.GetValues<EvaluationStep>();

    private static bool Recorded(ImmutableArray<EvaluationStepRecord> steps, EvaluationStep step)
    {
        foreach (var recorded in steps)
        {
            if (recorded.Step == step)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first step listed before position <paramref name="i"/> that belongs after the step there, or null.</summary>
    private static EvaluationStep? FirstLaterBefore(ImmutableArray<EvaluationStepRecord> steps, int i)
    {
        for (var j = 0; j < i; j++)
        {
            if (steps[j].Step > steps[i].Step)
            {
                return steps[j].Step;
            }
        }

        return null;
    }

    /// <summary>Of the steps that belong before <paramref name="step"/> and are dated after <paramref name="date"/>, the latest dated (the first listed on a tie), or null.</summary>
    private static EvaluationStepRecord? LatestEarlierStepDatedAfter(ImmutableArray<EvaluationStepRecord> steps, EvaluationStep step, LocalDate date)
    {
        EvaluationStepRecord? latest = null;
        foreach (var candidate in steps)
        {
            if (candidate.Step < step && candidate.Date is { } candidateDate && candidateDate > date && (latest is null || candidateDate > latest.Date!.Value))
            {
                latest = candidate;
            }
        }

        return latest;
    }
}
