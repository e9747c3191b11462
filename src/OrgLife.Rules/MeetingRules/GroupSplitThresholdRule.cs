using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.MeetingRules;

/// <summary>
/// OL212 GroupSplitThreshold 分党小组 — self- and peer evaluation may be split into 党小组 only in a branch of
/// <see cref="Policies.OrgLifePolicy.GroupSplitThreshold"/> (default 20) or more members, the threshold included
/// ("20人以上的支部"). The size is the whole roster, probationary members included: the text counts the
/// branch's 党员, and probationary members are 党员 who take part in the evaluation. A smaller branch that
/// splits gets an error; a branch at or above the threshold that does not split gets an information finding
/// that it may. Needs <c>branch</c> and <c>meeting.evaluationSplitIntoPartyGroups</c>.
/// </summary>
internal sealed class GroupSplitThresholdRule : Rule
{
    internal const string SplitPath = "meeting.evaluationSplitIntoPartyGroups";

    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL212"),
        "GroupSplitThreshold",
        "分党小组",
        "Self- and peer evaluation may be split into party groups only in a branch of 20 or more members.",
        Severity.Error,
        [
            Sources.District2017("附件2 五", "党员人数较多，20人以上的支部，可分党小组进行。"),
            Sources.Municipal2016("二.5", "党员人数较多的党支部，个人自评和党员互评可分党小组进行。"),
        ])
    {
        ChineseSummary = "个人自评和党员互评分党小组进行，限于党员人数较多（20人以上，含20人）的支部。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL212.TooSmall",
            "The evaluation was split into party groups in a branch of {members} members; splitting needs at least {threshold}.",
            "支部党员 {members} 人，不足 {threshold} 人，不应分党小组进行评议。"),
        new("OL212.MaySplit",
            "The branch has {members} members (at least {threshold}); its self- and peer evaluation may be held in party groups.",
            "支部党员 {members} 人（{threshold} 人以上），可分党小组进行自评互评。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context)
    {
        var split = context.Meeting?.EvaluationSplitIntoPartyGroups;
        if (MissingData.Of((context.Branch is null, RecordPaths.Branch), (split is null, SplitPath)) is { } missing)
        {
            return missing;
        }

        var branch = context.Branch!;

        var members = branch.Members.Length;
        var threshold = context.Policy.GroupSplitThreshold;
        var large = members >= threshold;
        var subject = new FindingSubject(SubjectKind.Branch, branch.Id.Value, SplitPath);
        return (split!.Value, large) switch
        {
            (true, false) => RuleEvaluation.Of([RuleEvaluation.Finding(subject, "OL212.TooSmall", Severity.Error, ("members", members), ("threshold", threshold))]),
            (false, true) => RuleEvaluation.Of([RuleEvaluation.Finding(subject, "OL212.MaySplit", Severity.Info, ("members", members), ("threshold", threshold))]),
            _ => RuleEvaluation.Passed,
        };
    }
}
