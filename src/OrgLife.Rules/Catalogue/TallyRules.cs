using System.Collections.Immutable;
using OrgLife.Findings;

namespace OrgLife.Rules.Catalogue;

/// <summary>
/// The ballot rules OL401–OL405: the tally (OrgLife.Tally) evaluates them from ballots, so the validator lists them in the
/// catalogue beside the others but never among a validation's results. OL403's and OL404's findings are reports of the
/// tally (void marks, ignored marks), hence Info.
/// </summary>
internal static class TallyRules
{
    /// <summary>The descriptors of OL401–OL405.</summary>
    public static ImmutableArray<RuleDescriptor> All { get; } =
    [
        new(new RuleId("OL401"), "ReturnedNotMoreThanIssued", "收回不多于发出", "Ballots returned are not more than ballots issued; otherwise the whole assessment is void.", Severity.Error, [Sources.City2019("三(一)", "党支部确定专人对民主测评情况进行统计汇总，测评票的统计结果由党组织掌握。")])
        {
            ChineseSummary = "收回的测评票不多于发出的测评票，否则该次民主测评无效。",
            EvaluatedBy = RuleEvaluator.Tally,
        },
        new(new RuleId("OL402"), "OneBallotPerVoter", "一人一票", "One ballot per eligible voter; duplicates are rejected, not counted.", Severity.Error, [Sources.City2019("三(一)", "党支部确定专人对民主测评情况进行统计汇总，测评票的统计结果由党组织掌握。")])
        {
            ChineseSummary = "每名有资格的投票人只投一张测评票，重复的票不予统计。",
            EvaluatedBy = RuleEvaluator.Tally,
        },
        new(new RuleId("OL403"), "MarkValidity", "有效标记", "One grade per candidate per ballot; an invalid mark is void for that candidate only, a blank is an abstention.", Severity.Info, [Sources.City2019("三(一)", "党支部确定专人对民主测评情况进行统计汇总，测评票的统计结果由党组织掌握。")])
        {
            ChineseSummary = "每张测评票对每名被测评党员只标一个等次；无效标记只对该党员作废，其余有效，空白视为弃权。",
            EvaluatedBy = RuleEvaluator.Tally,
        },
        new(new RuleId("OL404"), "ProbationaryMarksIgnored", "预备党员标记不计", "Marks for probationary members are not counted toward any grade and are reported.", Severity.Info, [Sources.Village2019("二.5", "预备党员参加民主评议，但不评定等次。")])
        {
            ChineseSummary = "对预备党员的标记不计入任何等次，单独报告。",
            EvaluatedBy = RuleEvaluator.Tally,
        },
        new(new RuleId("OL405"), "ResultsHeldByOrganization", "测评结果由党组织掌握", "Tallies are held by the organization: no output links a mark to a voter, and a category of fewer than k ballots is suppressed.", Severity.Error, [Sources.City2019("三(一)", "测评票的统计结果由党组织掌握。")])
        {
            ChineseSummary = "测评票的统计结果由党组织掌握：输出不关联投票人，少于 k 张票的分类不予显示。",
            EvaluatedBy = RuleEvaluator.Tally,
        },
    ];
}
