using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Ids;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.MeetingRules;

/// <summary>
/// OL201 Quorum 到会人数 — the members with a vote who attend reach half of those due (民主生活会: two
/// thirds). Only full members not on probation within the party and not excluded with approval are
/// due; probationary members never count either way. "半数以上" includes half by default.
/// </summary>
internal sealed class QuorumRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL201"),
        "Quorum",
        "到会人数",
        "Attendance of members with a vote reaches half of those due (two thirds for a democratic-life meeting).",
        Severity.Error,
        [
            Sources.BranchWorkRegulations("第十一条", "表决必须有半数以上有表决权的党员到会方可进行"),
            Sources.DemocraticLifeRules("到会人数", "三分之二以上"),
        ])
    {
        ChineseSummary = "有表决权的党员到会人数达到应到会人数的半数以上（民主生活会：应到会班子成员的三分之二以上）；预备党员不计入。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL201.Violated",
            "{present} of {due} members due to attend with a vote were present; at least {required} are needed.",
            "应到会有表决权的党员 {due} 人，实到 {present} 人，至少需要 {required} 人。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context)
    {
        if (context.Branch is not { } branch)
        {
            return RuleEvaluation.Missing(RecordPaths.Branch);
        }

        if (context.Present is not { } presentIds)
        {
            return RuleEvaluation.Missing(RecordPaths.Attendance);
        }

        var due = 0;
        var present = 0;
        var hint = 0;
        foreach (var member in branch.Members)
        {
            if (member.IsDueToAttend)
            {
                due++;
                present += presentIds.Contains(member.Id, ref hint) ? 1 : 0;
            }
        }

        var required = RequiredAttendance(due, context);
        if (present >= required)
        {
            return RuleEvaluation.Passed;
        }

        return RuleEvaluation.Of(
        [
            RuleEvaluation.Finding(
                new FindingSubject(SubjectKind.Meeting, null, RecordPaths.Attendance),
                "OL201.Violated",
                Severity.Error,
                ("present", present),
                ("due", due),
                ("required", required)),
        ]);
    }

    /// <summary>The least attendance that satisfies the rule for <paramref name="due"/> members due, in whole members.</summary>
    internal static int RequiredAttendance(int due, RuleContext context)
    {
        if (context.IsDemocraticLife)
        {
            var ratio = context.Policy.DemocraticLifeQuorum;
            return (int)CeilingDivide((long)due * ratio.Numerator, ratio.Denominator);
        }

        return HalfQuorum.Required(due, context.Policy.QuorumMode);
    }

    private static long CeilingDivide(long numerator, long denominator) => (numerator + denominator - 1) / denominator;
}
