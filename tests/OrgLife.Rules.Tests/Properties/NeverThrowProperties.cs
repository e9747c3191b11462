using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using OrgLife.Meetings;
using OrgLife.Records;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Scheduling;
using OrgLife.Rules.Tests.Support;
using OrgLife.Text;

namespace OrgLife.Rules.Tests.Properties;

/// <summary>
/// Never throw, never lose (issue 9): the validator and the schedule hold against arbitrary records, dates
/// across the supported range and at the calendar's ends, and any policy that builds; and no rule of the
/// catalogue ever needs the validator's safety net.
/// </summary>
public sealed class NeverThrowProperties
{
    private static readonly OrgLifeValidator Validator = new();
    private static readonly ScheduleGenerator Generator = new();
    private static readonly Gen<CultureInfo> Culture = Gen.Elements(CultureInfo.GetCultureInfo("en"), CultureInfo.GetCultureInfo("zh-CN"), CultureInfo.InvariantCulture);
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(250);

    [Fact]
    public void Validate_never_throws_and_returns_one_result_per_rule_none_an_internal_error_no_message_a_control_character()
    {
        var cases = from record in RecordGenerators.Record
                    from policy in RecordGenerators.Policy
                    from asOf in RecordGenerators.Date
                    from culture in Culture
                    select (record, policy, asOf, culture);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var report = Validator.Validate(c.record, c.policy, c.asOf, c.culture);
            var oneEach = report.Results.Select(r => r.RuleId).SequenceEqual(RuleCatalogue.Default.ValidatorDescriptors.Select(d => d.Id));
            var noInternalError = report.Findings.All(f => f.MessageKey != CommonMessages.InternalError.Key);
            var printable = report.Findings.All(f => PrintableText.IndexOfControl(f.Message) < 0 && f.Arguments.Values.All(v => PrintableText.IndexOfControl(v) < 0));
            return oneEach && noInternalError && printable;
        }).Check(Runs);
    }

    [Fact]
    public void Validate_never_throws_for_arbitrary_agendas_of_every_kind_and_form()
    {
        var cases = from agenda in RecordGenerators.Agenda
                    from kind in Gen.Elements(Enum.GetValues<MeetingKind>())
                    from form in Gen.Elements<MeetingForm?>([null, .. Enum.GetValues<MeetingForm>()])
                    select new BranchRecord { Meeting = new Meeting { Kind = kind, Form = form, Agenda = agenda, Date = new LocalDate(2026, 12, 15) } };
        Prop.ForAll(cases.ToArbitrary(), record =>
        {
            var report = record.Validate();
            return report.Findings.All(f => f.MessageKey != CommonMessages.InternalError.Key);
        }).Check(Runs);
    }

    [Fact]
    public void The_schedule_never_throws_for_any_meeting_date_policy_and_as_of_date()
    {
        var cases = from record in RecordGenerators.Record
                    from kind in Gen.Elements(Enum.GetValues<MeetingKind>())
                    from date in RecordGenerators.Date
                    from policy in RecordGenerators.Policy
                    from asOf in RecordGenerators.Date
                    from culture in Culture
                    select (record, kind, date, policy, asOf, culture);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var schedule = Generator.Generate(c.kind, c.date, DateTimeZone.Utc, c.policy, c.culture);
            var statuses = schedule.StatusAsOf(c.record, c.asOf);
            return statuses.Length == schedule.Entries.Length
                && schedule.Entries.Zip(schedule.Entries.Skip(1)).All(p => p.First.DueDate <= p.Second.DueDate);
        }).Check(Runs);
    }

    [Fact]
    public void The_schedule_from_an_instant_never_throws_at_the_ends_of_time_in_any_zone()
    {
        var zones = Gen.Elements(DateTimeZone.Utc, DateTimeZoneProviders.Tzdb["Asia/Shanghai"], DateTimeZoneProviders.Tzdb["Pacific/Kiritimati"], DateTimeZoneProviders.Tzdb["Pacific/Pago_Pago"]);
        var instants = Gen.Frequency(
            (3, RecordGenerators.Date.Select(d => d.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant())),
            (1, Gen.Elements(Instant.MinValue, Instant.MaxValue, Instant.MaxValue - Duration.FromHours(1))));
        var cases = from instant in instants from zone in zones from policy in RecordGenerators.Policy select (instant, zone, policy);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var schedule = Generator.Generate(MeetingKind.OrganizationalLife, c.instant, c.zone, c.policy, CultureInfo.InvariantCulture);
            return schedule.OverdueAsOf(new BranchRecord(), c.instant).Length <= schedule.Entries.Length;
        }).Check(Runs);
    }

    [Fact]
    public void Dates_of_other_calendars_are_read_in_ISO_and_judged_like_ISO_dates()
    {
        var iso = new BranchRecord
        {
            Branch = Sample.Branch(4),
            Meeting = Sample.Meeting() with { Start = Sample.MeetingDate.At(new LocalTime(9, 0)), End = Sample.MeetingDate.At(new LocalTime(12, 0)) },
            FollowUp = new FollowUp.FollowUpRecord { ReportSubmitted = Occurrence.On(Sample.MeetingDate.PlusDays(12)), BranchProgressReports = [Sample.MeetingDate.PlusMonths(5)] },
            EarlierMeetingDates = [Sample.MeetingDate.PlusYears(-1)],
        };
        var julian = iso with
        {
            Meeting = iso.Meeting! with { End = null } with
            {
                Date = Sample.MeetingDate.WithCalendar(CalendarSystem.Julian),
                Start = iso.Meeting.Start!.Value.WithCalendar(CalendarSystem.Julian),
                End = iso.Meeting.End!.Value.WithCalendar(CalendarSystem.Julian),
            },
            FollowUp = iso.FollowUp! with { ReportSubmitted = Occurrence.On(Sample.MeetingDate.PlusDays(12).WithCalendar(CalendarSystem.Coptic)) },
        };

        var expected = iso.Validate();
        var actual = julian.Validate(asOf: Sample.AsOf.WithCalendar(CalendarSystem.Gregorian));

        Assert.Equal(expected.Results.Select(r => (r.RuleId, r.Outcome, r.Findings.Length)), actual.Results.Select(r => (r.RuleId, r.Outcome, r.Findings.Length)));
    }

    [Fact]
    public void The_schedule_of_a_meeting_on_the_calendars_last_day_stops_at_that_day()
    {
        var schedule = Generator.Generate(MeetingKind.DemocraticLife, LocalDate.MaxIsoValue, DateTimeZone.Utc, Policies.PolicyPresets.National, CultureInfo.InvariantCulture);
        Assert.All(schedule.Entries.Where(e => e.Kind is DueKind.Report or DueKind.NextMeeting or DueKind.BranchProgressReport), e => Assert.Equal(LocalDate.MaxIsoValue, e.DueDate));
        var first = Generator.Generate(MeetingKind.DemocraticLife, LocalDate.MinIsoValue, DateTimeZone.Utc, Policies.PolicyPresets.National, CultureInfo.InvariantCulture);
        Assert.All(first.Entries.Where(e => e.Kind is DueKind.MemberNotice or DueKind.PlanForReview), e => Assert.Equal(LocalDate.MinIsoValue, e.DueDate));
    }

    [Fact]
    public void Day_numbers_count_the_days_between_any_two_dates_of_the_calendar()
    {
        // The plain reference: NodaTime's own period arithmetic, over the whole ISO calendar.
        var whole = Gen.Choose(0, Period.Between(LocalDate.MinIsoValue, LocalDate.MaxIsoValue, PeriodUnits.Days).Days).Select(d => LocalDate.MinIsoValue.PlusDays(d));
        var date = Gen.Frequency((3, whole), (1, RecordGenerators.Date.Select(d => d.WithCalendar(CalendarSystem.Iso))));
        Prop.ForAll(date.ToArbitrary(), date.ToArbitrary(), (a, b) =>
            DueDates.DayNumber(b) - DueDates.DayNumber(a) == Period.Between(a, b, PeriodUnits.Days).Days).Check(Runs);
    }

    [Fact]
    public void The_local_date_of_an_instant_is_NodaTimes_wherever_NodaTime_has_one()
    {
        // The plain reference: InZone(zone).Date, over instants a day or more inside the ends of time.
        var zones = Gen.Elements(DateTimeZone.Utc, DateTimeZoneProviders.Tzdb["Asia/Shanghai"], DateTimeZoneProviders.Tzdb["Pacific/Kiritimati"], DateTimeZoneProviders.Tzdb["America/Adak"]);
        var instants = Gen.Choose(-300_000, 300_000).SelectMany(day => Gen.Choose(0, 86_399).Select(second => Instant.FromUnixTimeSeconds((day * 86_400L) + second)));
        Prop.ForAll(instants.ToArbitrary(), zones.ToArbitrary(), (instant, zone) => DueDates.LocalDateOf(instant, zone) == instant.InZone(zone).Date).Check(Runs);
    }

    [Fact]
    public void Dates_past_the_calendars_ends_stop_at_the_ends()
    {
        Assert.Equal(LocalDate.MaxIsoValue, DueDates.After(new LocalDate(9999, 12, 25), 366));
        Assert.Equal(LocalDate.MaxIsoValue, DueDates.MonthsAfter(new LocalDate(9999, 12, 1), 1));
        Assert.Equal(LocalDate.MaxIsoValue, DueDates.PlusDays(LocalDate.MinIsoValue, long.MaxValue));
        Assert.Equal(LocalDate.MinIsoValue, DueDates.Before(LocalDate.MinIsoValue, int.MaxValue));
        Assert.Equal(LocalDate.MinIsoValue, DueDates.MonthsAfter(LocalDate.MinIsoValue, int.MinValue));
        Assert.Equal(new LocalDate(2027, 2, 28), DueDates.MonthsAfter(new LocalDate(2026, 1, 31), 13));
    }
}
