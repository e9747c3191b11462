using NodaTime;
using OrgLife.Branches;
using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.MeetingRules;

public sealed class MinimumDurationRuleTests
{
    private static readonly Policies.OrgLifePolicy HalfDay = Policies.PolicyPresets.Collection;

    private static Records.BranchRecord Lasting(int minutes, BranchKind kind = BranchKind.GovernmentOrgan, bool? thematic = true, bool times = true)
    {
        var start = Sample.MeetingDate.At(new LocalTime(9, 0));
        return MeetingSamples.Record(Sample.Branch(5, kind: kind), Sample.Meeting() with { IsThematic = thematic, Start = times ? start : null, End = times ? start.PlusMinutes(minutes) : null });
    }

    [Fact]
    public void Exactly_four_hours_passes() => Assert.Equal(RuleOutcome.Passed, Lasting(240).Outcome("OL209", HalfDay));

    [Fact]
    public void One_minute_short_is_a_warning()
    {
        var finding = Lasting(239).Validate(HalfDay).Result("OL209").Findings.Single();
        Assert.Equal(Findings.Severity.Warning, finding.Severity);
        Assert.Equal("239", finding.Arguments["minutes"]);
    }

    [Fact]
    public void Other_branch_kinds_and_meetings_not_thematic_are_not_concerned()
    {
        Assert.Equal(RuleOutcome.Passed, Lasting(60, BranchKind.Village).Outcome("OL209", HalfDay));
        Assert.Equal(RuleOutcome.Passed, Lasting(60, thematic: false).Outcome("OL209", HalfDay));
    }

    [Fact]
    public void The_branch_kinds_and_hours_are_knobs()
    {
        var policy = Policies.PolicyPresets.National with { MinimumDurationBranchKinds = [BranchKind.Village], MinimumDuration = Duration.FromHours(2) };
        Assert.Equal(RuleOutcome.Violated, Lasting(100, BranchKind.Village).Outcome("OL209", policy));
        Assert.Equal(RuleOutcome.Passed, Lasting(100).Outcome("OL209", policy));
    }

    [Fact]
    public void Duration_is_not_evaluated_without_start_and_end()
        => Assert.Equal(["meeting.start", "meeting.end"], Lasting(0, times: false).Validate(HalfDay).Result("OL209").MissingData.ToArray());

    [Fact]
    public void An_unrecorded_thematic_flag_is_not_evaluated_rather_than_read_as_not_thematic()
    {
        var result = Lasting(60, thematic: null).Validate(HalfDay).Result("OL209");

        Assert.Equal(RuleOutcome.NotEvaluated, result.Outcome);
        Assert.Equal(["meeting.isThematic"], result.MissingData.ToArray());
    }

    [Fact]
    public void The_half_day_is_the_collections_only_so_the_national_default_asks_no_minimum_duration()
        => Assert.Equal(RuleOutcome.Passed, Lasting(60).Outcome("OL209", Policies.PolicyPresets.National));

    [Fact]
    public void The_message_says_half_a_day_in_the_sources_words()
        => Assert.Contains("原则上不少于半天", Lasting(239).Validate(HalfDay, culture: Sample.Chinese).Result("OL209").Findings.Single().Message);
}
