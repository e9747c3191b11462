using System.Collections.Immutable;
using OrgLife.Evaluation;
using OrgLife.Findings;
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
internal sealed class EvaluationSequenceRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL301"),
        "EvaluationSequence",
        "评议程序",
        "Self-evaluation, peer evaluation, democratic assessment and organizational determination all take place, in this order.",
        Severity.Error,
        [Sources.City2019("二"), Sources.Village2019("二.5"), Sources.Municipal2016("二.5"), Sources.District2017("附件2 五")]);

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
        foreach (var step in Enum.GetValues<EvaluationStep>())
        {
            if (!steps.Any(s => s.Step == step))
            {
                findings.Add(RuleEvaluation.Finding(EvaluationPaths.Evaluation(EvaluationPaths.Steps), "OL301.StepMissing", Severity.Error, ("step", step)));
            }
        }

        for (var i = 0; i < steps.Length; i++)
        {
            var path = RecordPaths.At(EvaluationPaths.Steps, i);
            var later = steps.Take(i).Where(s => s.Step > steps[i].Step).Select(s => (EvaluationStep?)s.Step).FirstOrDefault();
            if (later is { } laterStep)
            {
                findings.Add(RuleEvaluation.Finding(EvaluationPaths.Evaluation(path), "OL301.OutOfOrder", Severity.Error, ("step", steps[i].Step), ("later", laterStep)));
            }

            if (steps[i].Date is { } date
                && steps.Where(s => s.Step < steps[i].Step && s.Date > date).MaxBy(s => s.Date) is { Date: { } earlierDate } earlier)
            {
                findings.Add(RuleEvaluation.Finding(
                    EvaluationPaths.Evaluation(path), "OL301.DateOutOfOrder", Severity.Error, ("step", steps[i].Step), ("date", date), ("earlier", earlier.Step), ("earlierDate", earlierDate)));
            }
        }

        return RuleEvaluation.Of(findings);
    }
}
