using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;
using OrgLife.Branches;
using OrgLife.FollowUp;
using OrgLife.Meetings;
using OrgLife.Records;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Policies;
using OrgLife.Rules.Scheduling;
using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.Scheduling;

public sealed class ScheduleGeneratorTests
{
    private static readonly ScheduleGenerator Generator = new();
    private static readonly DateTimeZone Shanghai = Branch.DefaultTimeZone;

    private static MeetingSchedule For(LocalDate date, MeetingKind kind = MeetingKind.OrganizationalLife, OrgLifePolicy? policy = null)
        => Generator.Generate(kind, date, Shanghai, policy ?? PolicyPresets.National, Sample.English);

    private static string Row(ScheduleEntry e) => $"{e.DueDate:uuuu-MM-dd} {e.RuleId} {e.Kind} {e.Number}";

    [Fact]
    public void A_yearly_meeting_under_the_national_policy_has_every_due_date_in_order()
    {
        Assert.Equal(
            [
                "2026-12-14 OL106 MemberNotice 1",
                "2026-12-15 OL107 SuperiorNotice 1",
                "2027-03-15 OL505 MemberCommitmentReport 1",
                "2027-06-15 OL504 BranchProgressReport 1",
                "2027-06-15 OL505 MemberCommitmentReport 2",
                "2027-09-15 OL505 MemberCommitmentReport 3",
                "2027-12-15 OL505 MemberCommitmentReport 4",
                "2027-12-31 OL508 NextMeeting 1",
            ],
            For(Sample.MeetingDate).Entries.Select(Row).ToArray());
    }

    [Fact]
    public void City_2019_reports_rectification_progress_every_half_year_the_national_default_once_within_six_months()
    {
        // City-2019 三(四) "每半年向党员群众通报班子整改情况"; Village-2019 二.6 "党组织半年内要向党员群众通报班子整改情况".
        string[] Progress(OrgLifePolicy policy) => [.. For(Sample.MeetingDate, policy: policy).Entries.Where(e => e.Kind == DueKind.BranchProgressReport).Select(Row)];
        Assert.Equal(["2027-06-15 OL504 BranchProgressReport 1", "2027-12-15 OL504 BranchProgressReport 2"], Progress(PolicyPresets.City2019));
        Assert.Equal(["2027-06-15 OL504 BranchProgressReport 1"], Progress(PolicyPresets.Village2019));
        Assert.Equal(["2027-06-15 OL504 BranchProgressReport 1"], Progress(PolicyPresets.National));
    }

    [Fact]
    public void The_collection_adds_its_week_for_the_superior_its_ten_day_report_and_a_half_yearly_meeting()
    {
        var entries = For(Sample.MeetingDate, policy: PolicyPresets.Collection).Entries.Select(Row).ToArray();
        Assert.Contains("2026-12-08 OL107 SuperiorNotice 1", entries);
        Assert.Contains("2026-12-05 OL106 MemberNotice 1", entries);
        Assert.Contains("2026-12-25 OL501 Report 1", entries);
        Assert.Contains("2027-06-15 OL508 NextMeeting 1", entries);
    }

    [Fact]
    public void Under_city_2019_the_next_years_meeting_is_due_by_the_campaign_deadline_of_the_year_after()
        => Assert.Equal(new LocalDate(2020, 3, 31), For(new LocalDate(2019, 3, 25), policy: PolicyPresets.City2019).Entries.Single(e => e.Kind == DueKind.NextMeeting).DueDate);

    [Fact]
    public void A_democratic_life_meeting_adds_the_plan_and_uses_its_own_days_and_a_campaign_adds_its_deadline()
    {
        var policy = PolicyPresets.District2017 with { CampaignDeadline = new LocalDate(2027, 1, 31) };
        var entries = For(Sample.MeetingDate, MeetingKind.DemocraticLife, policy).Entries;
        Assert.Equal(new LocalDate(2026, 11, 30), entries.Single(e => e.Kind == DueKind.PlanForReview).DueDate);
        Assert.Equal(new LocalDate(2026, 12, 5), entries.Single(e => e.Kind == DueKind.MemberNotice).DueDate);
        Assert.Equal(new LocalDate(2026, 12, 30), entries.Single(e => e.Kind == DueKind.Report).DueDate);
        Assert.Equal(("OL507", new LocalDate(2027, 1, 31)), entries.Where(e => e.Kind == DueKind.CampaignDeadline).Select(e => (e.RuleId.Value, e.DueDate)).Single());
        Assert.All(entries, e => Assert.Equal(DueBound.OnOrBefore, e.Bound));
    }

    [Fact]
    public void Month_ends_clamp_the_NodaTime_way_counted_from_the_meeting()
    {
        var dues = For(new LocalDate(2027, 8, 31)).Entries.Where(e => e.Kind == DueKind.MemberCommitmentReport).Select(e => e.DueDate);
        Assert.Equal([new(2027, 11, 30), new(2028, 2, 29), new(2028, 5, 31), new(2028, 8, 31)], dues.ToArray());
    }

    [Fact]
    public void Without_a_superior_notice_requirement_there_is_no_such_entry()
        => Assert.DoesNotContain(For(Sample.MeetingDate, policy: PolicyPresets.National with { SuperiorNoticeRequired = false }).Entries, e => e.Kind == DueKind.SuperiorNotice);

    [Fact]
    public void Labels_render_in_the_culture_passed_in()
    {
        var zh = Generator.Generate(MeetingKind.OrganizationalLife, Sample.MeetingDate, Shanghai, PolicyPresets.Collection, Sample.Chinese);
        Assert.Equal("向上级党组织报送会议情况和会议记录（会后 10 天内）。", zh.Entries.Single(e => e.Kind == DueKind.Report).Label);
        Assert.Equal("通知参会人员 2026-12-15 召开组织生活会（至少提前 10 天）。", zh.Entries.Single(e => e.Kind == DueKind.MemberNotice).Label);
        Assert.Equal("Report the meeting and its minutes to the superior (within 10 days after the meeting).", For(Sample.MeetingDate, policy: PolicyPresets.Collection).Entries.Single(e => e.Kind == DueKind.Report).Label);
        Assert.Equal("Notify the attendees of the organizational-life meeting on 2026-12-15 (at least 1 day before).", For(Sample.MeetingDate).Entries.Single(e => e.Kind == DueKind.MemberNotice).Label);
    }

    [Fact]
    public void Every_label_template_has_both_languages_with_the_same_placeholders()
        => Assert.All(ScheduleLabels.All, t => Assert.Equal(
            MessageTemplate.PlaceholdersOf(t.English).Order(StringComparer.Ordinal),
            MessageTemplate.PlaceholdersOf(t.Chinese).Order(StringComparer.Ordinal)));

    [Fact]
    public void An_instant_is_dated_in_the_branch_time_zone()
    {
        var lateEveningUtc = Instant.FromUtc(2026, 12, 14, 17, 0);
        Assert.Equal(Sample.MeetingDate, Generator.Generate(MeetingKind.OrganizationalLife, lateEveningUtc, Shanghai, PolicyPresets.National, Sample.English).MeetingDate);
        Assert.Equal(Sample.MeetingDate.PlusDays(-1), Generator.Generate(MeetingKind.OrganizationalLife, lateEveningUtc, DateTimeZone.Utc, PolicyPresets.National, Sample.English).MeetingDate);
    }

    [Fact]
    public void A_record_without_a_meeting_date_has_no_schedule()
    {
        var error = Assert.Throws<ArgumentException>(() => Generator.Generate(new BranchRecord { Meeting = Sample.Meeting() with { Date = null } }, PolicyPresets.National, Sample.English));
        Assert.Contains("meeting.date", error.Message);
    }

    [Fact]
    public void Overdue_detection_follows_what_the_record_shows_done_and_reads_the_clock_once()
    {
        var record = new BranchRecord
        {
            Branch = Sample.Branch(2),
            Meeting = Sample.Meeting(),
            FollowUp = new FollowUpRecord
            {
                ReportSubmitted = Occurrence.NotDone,
                BranchProgressReports = [],
                MemberCommitmentReports = [new(Sample.Id(1), new LocalDate(2027, 3, 1)), new(Sample.Id(2), new LocalDate(2027, 3, 15))],
            },
        };
        var schedule = Generator.Generate(record, PolicyPresets.Collection, Sample.English);

        Assert.Empty(schedule.OverdueAsOf(record, new LocalDate(2026, 12, 25)));
        var statuses = schedule.StatusAsOf(record, new LocalDate(2027, 3, 16)).ToDictionary(s => (s.Entry.Kind, s.Entry.Number), s => s.Status);
        Assert.Equal(DueStatus.Unknown, statuses[(DueKind.MemberNotice, 1)]);
        Assert.Equal(DueStatus.Overdue, statuses[(DueKind.Report, 1)]);
        Assert.Equal(DueStatus.Done, statuses[(DueKind.MemberCommitmentReport, 1)]);
        Assert.Equal(DueStatus.NotYetDue, statuses[(DueKind.MemberCommitmentReport, 2)]);
        Assert.Equal(DueStatus.NotYetDue, statuses[(DueKind.BranchProgressReport, 1)]);

        // 2026-12-25 16:30 UTC is already 2026-12-26 in Shanghai: the report is one day late.
        // The fake clock moves a minute on each read: one minute later means the schedule read it once.
        var clock = new FakeClock(Instant.FromUtc(2026, 12, 25, 16, 30), Duration.FromMinutes(1));
        Assert.Equal([DueKind.Report], schedule.OverdueAsOf(record, clock).Select(e => e.Kind).ToArray());
        Assert.Equal(Instant.FromUtc(2026, 12, 25, 16, 31), clock.GetCurrentInstant());
        Assert.Empty(schedule.OverdueAsOf(record, Instant.FromUtc(2026, 12, 25, 15, 30)));
    }

    [Fact]
    public void A_report_made_late_is_done_late_not_overdue()
    {
        var record = new BranchRecord { Meeting = Sample.Meeting(), FollowUp = new FollowUpRecord { ReportSubmitted = Occurrence.On(Sample.MeetingDate.PlusDays(11)) } };
        var schedule = Generator.Generate(record, PolicyPresets.Collection, Sample.English);
        Assert.Equal(DueStatus.DoneLate, schedule.StatusAsOf(record, new LocalDate(2027, 1, 31)).Single(s => s.Entry.Kind == DueKind.Report).Status);
    }

    [Property]
    public Property Schedule_dates_are_ordered_and_equal_NodaTime_period_arithmetic()
    {
        var inputs = from dayNumber in Gen.Choose(0, 365 * 80)
                     from democraticLife in ArbMap.Default.GeneratorFor<bool>()
                     from notice in Gen.Choose(0, 30)
                     from superior in Gen.Choose(0, 30)
                     from plan in Gen.Choose(0, 30)
                     from report in Gen.Choose(0, 30)
                     from progress in Gen.Choose(1, 12)
                     from commitment in Gen.Choose(1, 12)
                     from interval in Gen.Choose(1, 24)
                     select (date: new LocalDate(2000, 1, 1).PlusDays(dayNumber), democraticLife, notice, superior, plan, report, progress, commitment, interval);
        return Prop.ForAll(inputs.ToArbitrary(), x =>
        {
            var policy = PolicyPresets.National with
            {
                MemberNoticeDays = x.notice, DemocraticLifeNoticeDays = x.notice, SuperiorNoticeDays = x.superior, PlanLeadDays = x.plan,
                ReportDays = x.report, DemocraticLifeReportDays = x.report,
                BranchProgressReportMonths = x.progress, BranchProgressReportsRecurring = true, MemberCommitmentReportMonths = x.commitment, MeetingIntervalMonths = x.interval,
            };
            var kind = x.democraticLife ? MeetingKind.DemocraticLife : MeetingKind.OrganizationalLife;
            var entries = For(x.date, kind, policy).Entries;
            LocalDate Due(DueKind k, int number = 1) => entries.Single(e => e.Kind == k && e.Number == number).DueDate;

            var ordered = entries.Zip(entries.Skip(1)).All(p => p.First.DueDate <= p.Second.DueDate);
            var beforeMeeting = entries.Where(e => e.Kind is DueKind.MemberNotice or DueKind.SuperiorNotice or DueKind.PlanForReview).All(e => e.DueDate <= x.date);
            var afterMeeting = entries.Where(e => e.Kind is DueKind.Report or DueKind.BranchProgressReport or DueKind.MemberCommitmentReport or DueKind.NextMeeting).All(e => e.DueDate >= x.date);
            var arithmetic = Due(DueKind.MemberNotice) == x.date + Period.FromDays(-x.notice)
                && Due(DueKind.SuperiorNotice) == x.date + Period.FromDays(-x.superior)
                && (!x.democraticLife || Due(DueKind.PlanForReview) == x.date + Period.FromDays(-x.plan))
                && Due(DueKind.Report) == x.date + Period.FromDays(x.report)
                && Due(DueKind.NextMeeting) == (x.interval == 12 ? new LocalDate(x.date.Year + 1, 12, 31) : x.date + Period.FromMonths(x.interval));
            var periodic = x.democraticLife
                ? !entries.Any(e => e.Kind is DueKind.BranchProgressReport or DueKind.MemberCommitmentReport)
                : PeriodsMatch(entries, DueKind.BranchProgressReport, x.date, x.progress) && PeriodsMatch(entries, DueKind.MemberCommitmentReport, x.date, x.commitment);
            return ordered && beforeMeeting && afterMeeting && arithmetic && periodic;
        });
    }

    private static bool PeriodsMatch(IEnumerable<ScheduleEntry> entries, DueKind kind, LocalDate meeting, int months)
    {
        var dues = entries.Where(e => e.Kind == kind).OrderBy(e => e.Number).ToList();
        return dues.Count == 12 / months
            && dues.Select((e, i) => e.Number == i + 1 && e.DueDate == meeting + Period.FromMonths((i + 1) * months)).All(ok => ok)
            && dues.Zip(dues.Skip(1)).All(p => p.First.DueDate < p.Second.DueDate);
    }
}
