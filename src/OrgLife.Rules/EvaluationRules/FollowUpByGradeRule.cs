using System.Collections.Immutable;
using OrgLife.Evaluation;
using OrgLife.Findings;
using OrgLife.Meetings;
using OrgLife.Grades;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.EvaluationRules;

/// <summary>
/// OL308 FollowUpByGrade 结果运用 — Excellent → commendation; Basically qualified → education and help;
/// Unqualified → organizational handling (限期改正, 劝退 or 除名). A missing follow-up is an error for
/// Unqualified and a warning otherwise. Qualified → "肯定优点、提出希望和要求" (Village-2019 二.5, Municipal-2016 二.6):
/// an information finding when a recorded follow-up list lacks it. A determination whose follow-ups are not
/// recorded makes the rule "not evaluated" only when no recorded determination is at fault.
/// </summary>
internal sealed class FollowUpByGradeRule : MemberEvaluationRule
{
    private static readonly ImmutableArray<GradeFollowUp> Handling = [GradeFollowUp.CorrectionWithinDeadline, GradeFollowUp.PersuadedToWithdraw, GradeFollowUp.Removed];

    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL308"),
        "FollowUpByGrade",
        "结果运用",
        "Each determination has the follow-up its grade calls for: Excellent commended, Qualified encouraged, Basically qualified helped, Unqualified handled by the prescribed procedure.",
        Severity.Error,
        [
            Sources.City2019("三(三)", "对评定为“基本合格”的党员，要进行教育帮扶。对评定为“不合格”的党员，要根据其表现和态度，按规定程序作出相应组织处置。"),
            Sources.Village2019("二.5", "对评定为“合格”的党员，要肯定优点、提出希望和要求。"),
            Sources.Municipal2016("二.6", "对评为“优秀”的党员要予以表扬，对评为“合格”的党员要肯定优点、提出希望和要求"),
        ])
    {
        ChineseSummary = "按评定等次运用结果：优秀予以表扬，合格肯定优点、提出希望和要求，基本合格进行教育帮扶，不合格按规定程序作出组织处置。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL308.Missing",
            "Member {member} was determined {grade}, but no {followUp} is recorded.",
            "党员 {member} 评定为“{grade}”，但未记录{followUp}。"),
        new("OL308.NoHandling",
            "Member {member} was determined Unqualified, but no organizational handling (correction within a deadline, persuasion to withdraw or removal) is recorded.",
            "党员 {member} 评定为“不合格”，但未记录组织处置（限期改正、劝退或除名）。"),
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

            if (grade == Grade.Qualified)
            {
                // "肯定优点、提出希望和要求" is advice on the follow-up (Info when absent); an unrecorded list proves nothing either way.
                if (determination.FollowUps is { } given && !given.Contains(GradeFollowUp.Encouragement))
                {
                    findings.Add(RuleEvaluation.Finding(Subject(determination, i), "OL308.Missing", Severity.Info, ("member", context.MemberName(determination.MemberId)), ("grade", Boxes<Grade>.Of(grade)), ("followUp", Boxes<GradeFollowUp>.Of(GradeFollowUp.Encouragement))));
                }

                continue;
            }

            if (determination.FollowUps is not { } done)
            {
                missing.Add(RecordPaths.Of(EvaluationPaths.Determination(i), "followUps"));
                continue;
            }

            // The subject's path and the member's name are formatted only for a finding: most determinations have their follow-up.
            switch (grade)
            {
                case Grade.Unqualified when !done.Any(Handling.Contains):
                    findings.Add(RuleEvaluation.Finding(Subject(determination, i), "OL308.NoHandling", Severity.Error, ("member", context.MemberName(determination.MemberId))));
                    break;
                case Grade.Excellent when !done.Contains(GradeFollowUp.Commendation):
                    findings.Add(RuleEvaluation.Finding(Subject(determination, i), "OL308.Missing", Severity.Warning, ("member", context.MemberName(determination.MemberId)), ("grade", grade), ("followUp", GradeFollowUp.Commendation)));
                    break;
                case Grade.BasicallyQualified when !done.Contains(GradeFollowUp.EducationAndHelp):
                    findings.Add(RuleEvaluation.Finding(Subject(determination, i), "OL308.Missing", Severity.Warning, ("member", context.MemberName(determination.MemberId)), ("grade", grade), ("followUp", GradeFollowUp.EducationAndHelp)));
                    break;
            }
        }

        // Information about Qualified members proves no violation: unrecorded follow-ups still leave the rule not evaluated.
        return missing.Count > 0 && !findings.Exists(f => f.Severity >= Severity.Warning) ? RuleEvaluation.Missing([.. missing]) : RuleEvaluation.Of(findings);
    }

    private static FindingSubject Subject(Determination determination, int index) => EvaluationPaths.Member(determination.MemberId, EvaluationPaths.Determination(index));
}
