using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrgLife.Meetings;
using OrgLife.Records;
using OrgLife.Rules.Policies;
using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.PreparationRules;

public sealed class MemberNoticeRuleTests
{
    private static BranchRecord Notified(Occurrence? notice, MeetingKind kind = MeetingKind.OrganizationalLife)
    {
        var branch = Sample.Branch(8);
        return PreparationSamples.Record(branch, PreparationSamples.Compliant(branch) with { MemberNotice = notice }, kind);
    }

    private static Occurrence DaysBefore(int days) => Occurrence.On(Sample.MeetingDate.PlusDays(-days));

    private static readonly OrgLifePolicy TenDays = PolicyPresets.Collection;

    [Fact]
    public void Notice_exactly_N_days_before_passes()
        => Assert.Equal(RuleOutcome.Passed, Notified(DaysBefore(10)).Outcome("OL106", TenDays));

    [Fact]
    public void Notice_one_day_late_fails()
    {
        var finding = Notified(DaysBefore(9)).Validate(TenDays).Result("OL106").Findings.Single();
        Assert.Equal("OL106.Late", finding.MessageKey);
        Assert.Equal("2026-12-05", finding.Arguments["deadline"]);
    }

    [Fact]
    public void The_national_default_needs_one_day_for_an_organizational_life_meeting()
    {
        Assert.Equal(RuleOutcome.Passed, Notified(DaysBefore(1)).Outcome("OL106"));
        Assert.Equal(RuleOutcome.Violated, Notified(DaysBefore(0)).Outcome("OL106"));
    }

    [Fact]
    public void A_democratic_life_meeting_uses_its_own_notice_days()
    {
        Assert.Equal(RuleOutcome.Passed, Notified(DaysBefore(10), MeetingKind.DemocraticLife).Outcome("OL106"));
        Assert.Equal(RuleOutcome.Violated, Notified(DaysBefore(9), MeetingKind.DemocraticLife).Outcome("OL106"));
    }

    [Fact]
    public void Notice_not_given_is_an_error_only_after_its_last_day_and_information_up_to_it()
    {
        Assert.Equal(["OL106.Missing"], Notified(Occurrence.NotDone).Keys("OL106", TenDays));
        var early = Notified(Occurrence.NotDone).Validate(TenDays, Sample.MeetingDate.PlusDays(-11)).Result("OL106");
        Assert.Equal(RuleOutcome.Passed, early.Outcome);
        Assert.Equal("OL106.Pending", early.Findings.Single().MessageKey);
        Assert.Equal(RuleOutcome.Violated, Notified(Occurrence.NotDone).Outcome("OL106", TenDays, Sample.MeetingDate.PlusDays(-9)));
    }

    [Fact]
    public void On_the_last_day_a_notice_not_yet_given_is_still_due_as_the_schedule_says_not_an_error()
    {
        var lastDay = Sample.MeetingDate.PlusDays(-10);
        var record = Notified(Occurrence.NotDone);

        var result = record.Validate(TenDays, lastDay).Result("OL106");
        var scheduled = new OrgLife.Rules.Scheduling.ScheduleGenerator().Generate(MeetingKind.OrganizationalLife, Sample.MeetingDate, NodaTime.DateTimeZoneProviders.Tzdb["Asia/Shanghai"], TenDays, Sample.English)
            .StatusAsOf(record, lastDay).Single(s => s.Entry.Kind == OrgLife.Rules.Scheduling.DueKind.MemberNotice);

        Assert.Equal(RuleOutcome.Passed, result.Outcome);
        var due = Assert.Single(result.Findings);
        Assert.Equal((Findings.Severity.Info, "OL106.Pending"), (due.Severity, due.MessageKey));
        Assert.Equal(OrgLife.Rules.Scheduling.DueStatus.NotYetDue, scheduled.Status);
    }

    [Theory]
    [InlineData("OL107", 7)]
    [InlineData("OL108", 15)]
    public void The_superior_notice_and_the_plan_are_also_only_due_on_their_last_day(string rule, int days)
    {
        var branch = Sample.Branch(8);
        var preparation = PreparationSamples.Compliant(branch) with { SuperiorNotice = Occurrence.NotDone, PlanSubmitted = Occurrence.NotDone };
        var record = PreparationSamples.Record(branch, preparation, MeetingKind.DemocraticLife);
        var lastDay = Sample.MeetingDate.PlusDays(-days);

        Assert.Equal(RuleOutcome.Passed, record.Validate(TenDays, lastDay).Result(rule).Outcome);
        Assert.Equal(RuleOutcome.Violated, record.Validate(TenDays, lastDay.PlusDays(1)).Result(rule).Outcome);
    }

    [Fact]
    public void The_messages_say_by_which_day_that_day_included()
    {
        var chinese = Notified(Occurrence.NotDone).Validate(TenDays, Sample.MeetingDate, Sample.Chinese).Result("OL106").Findings.Single().Message;
        var english = Notified(Occurrence.NotDone).Validate(TenDays, Sample.MeetingDate).Result("OL106").Findings.Single().Message;

        Assert.Contains("最迟于 2026-12-05（含当日", chinese);
        Assert.Contains("by 2026-12-05 (that day included", english);
        Assert.Contains("10 days before", english);
    }

    [Fact]
    public void Notice_is_not_evaluated_without_its_record_or_its_date()
    {
        Notified(null).AssertMissing("OL106", "preparation.memberNotice");
        Notified(new Occurrence(true)).AssertMissing("OL106", "preparation.memberNotice.date");
        var branch = Sample.Branch(8);
        new BranchRecord { Branch = branch, Preparation = new() }.AssertMissing("OL106", "preparation.memberNotice", "meeting.date");
    }

    [Fact]
    public void Late_notice_message_renders_in_Chinese()
    {
        var message = Notified(DaysBefore(9)).Validate(TenDays, culture: Sample.Chinese).Result("OL106").Findings.Single().Message;
        Assert.Equal("通知参会人员的时间为 2026-12-06，应在 2026-12-15 会议召开 10 天前，即最迟于 2026-12-05（含当日）完成。", message);
    }

    [Property]
    public Property The_rule_and_the_schedule_agree_for_any_lead_time_and_as_of_date_a_notice_not_given_is_violated_exactly_when_overdue()
    {
        var inputs = from days in Gen.Choose(0, 30)
                     from offset in Gen.Choose(-40, 5)
                     from democraticLife in ArbMap.Default.GeneratorFor<bool>()
                     select (days, offset, democraticLife);
        return Prop.ForAll(inputs.ToArbitrary(), x =>
        {
            var kind = x.democraticLife ? MeetingKind.DemocraticLife : MeetingKind.OrganizationalLife;
            var policy = PolicyPresets.National with { MemberNoticeDays = x.days, DemocraticLifeNoticeDays = x.days };
            var record = Notified(Occurrence.NotDone, kind);
            var asOf = Sample.MeetingDate.PlusDays(x.offset);
            var violated = record.Validate(policy, asOf).Result("OL106").Outcome == RuleOutcome.Violated;
            var overdue = new OrgLife.Rules.Scheduling.ScheduleGenerator().Generate(kind, Sample.MeetingDate, NodaTime.DateTimeZoneProviders.Tzdb["Asia/Shanghai"], policy, Sample.English)
                .StatusAsOf(record, asOf).Single(s => s.Entry.Kind == OrgLife.Rules.Scheduling.DueKind.MemberNotice).Status == OrgLife.Rules.Scheduling.DueStatus.Overdue;
            return violated == overdue;
        });
    }
}
