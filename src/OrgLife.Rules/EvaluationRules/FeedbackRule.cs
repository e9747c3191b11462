using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Meetings;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.EvaluationRules;

/// <summary>
/// OL306 Feedback 向本人反馈 — every graded member (a determination with a grade) received feedback.
/// A determination recorded without feedback is a finding on that member; when none is at fault but
/// some determinations do not say, the rule is not evaluated and names them.
/// </summary>
internal sealed class FeedbackRule : MemberEvaluationRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL306"),
        "Feedback",
        "向本人反馈",
        "Every graded member received feedback on their determination.",
        Severity.Error,
        [
            Sources.City2019("三(二)", "确定评定等次并向本人反馈"),
            Sources.Village2019("二.5", "对党员的评定意见要向本人反馈。"),
            Sources.Municipal2016("二.6", "给每名党员评定等次并向本人反馈。"),
        ])
    {
        ChineseSummary = "评定意见向每名被评定党员本人反馈。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL306.NoFeedback",
            "Member {member} was graded {grade} but received no feedback.",
            "党员 {member} 评定为“{grade}”，但未向本人反馈。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context)
    {
        if (context.Evaluation?.Determinations is not { } determinations)
        {
            return RuleEvaluation.Missing(EvaluationPaths.Determinations);
        }

        var findings = new List<FindingDraft>();
        var missing = new List<string>();
        for (var i = 0; i < determinations.Length; i++)
        {
            var determination = determinations[i];
            if (determination.Grade is not { } grade)
            {
                continue;
            }

            // Paths are formatted only for a finding or a missing datum: most determinations pass.
            switch (determination.FeedbackGiven)
            {
                case null:
                    missing.Add(RecordPaths.Of(EvaluationPaths.Determination(i), "feedbackGiven"));
                    break;
                case false:
                    findings.Add(RuleEvaluation.Finding(
                        EvaluationPaths.Member(determination.MemberId, EvaluationPaths.Determination(i)), "OL306.NoFeedback", Severity.Error, ("member", context.MemberName(determination.MemberId)), ("grade", grade)));
                    break;
            }
        }

        return PartialRecords.Conclude(findings, missing);
    }
}
