using OrgLife.FollowUp;
using OrgLife.Rules.Tests.Support;
using static OrgLife.Rules.Tests.Support.FollowUpSamples;

namespace OrgLife.Rules.Tests.FollowUpRules;

public sealed class RectificationItemsRuleTests
{
    private static RuleResult Run(params RectificationItem[] items) => Record(new FollowUpRecord { RectificationItems = [.. items] }).Validate().Result("OL502");

    [Fact]
    public void Complete_items_with_a_deadline_after_the_meeting_pass()
        => Assert.Equal(RuleOutcome.Passed, Run(Item("1", Sample.MeetingDate.PlusDays(1)), Item("2", Sample.MeetingDate.PlusMonths(6))).Outcome);

    [Fact]
    public void A_deadline_on_the_meeting_day_is_not_after_it()
    {
        var finding = Assert.Single(Run(Item("1", Sample.MeetingDate)).Findings);
        Assert.Equal(("OL502.DeadlineNotAfterMeeting", "1"), (finding.MessageKey, finding.Subject.Id));
    }

    [Fact]
    public void Each_missing_part_of_an_item_is_named()
    {
        var item = Item("7", Sample.MeetingDate.PlusDays(30)) with { Measures = " ", Responsible = null, Deadline = null };
        Assert.Equal(["OL502.NoMeasures", "OL502.NoResponsible", "OL502.NoDeadline"], Run(item).Findings.Select(f => f.MessageKey).ToArray());
    }

    [Fact]
    public void An_empty_list_is_an_error()
        => Assert.Equal("OL502.Empty", Assert.Single(Run().Findings).MessageKey);

    [Fact]
    public void Without_items_or_a_meeting_date_to_compare_the_rule_is_not_evaluated()
    {
        Assert.Equal(["followUp.rectificationItems"], Record(new FollowUpRecord()).Validate().Result("OL502").MissingData.ToArray());
        var noMeeting = Record(new FollowUpRecord { RectificationItems = [Item("1", Sample.MeetingDate)] }) with { Meeting = null };
        Assert.Equal(["meeting"], noMeeting.Validate().Result("OL502").MissingData.ToArray());
    }
}
