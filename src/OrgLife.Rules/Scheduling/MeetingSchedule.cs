using System.Collections.Immutable;
using NodaTime;
using OrgLife.Evaluation;
using OrgLife.Meetings;
using OrgLife.Records;
using OrgLife.Rules.FollowUpRules;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.Scheduling;

/// <summary>
/// Every due date of one meeting (see <see cref="ScheduleGenerator"/>), and where each stands as of a date
/// given what a branch record shows done. Immutable and thread safe. The as-of date may be given as a
/// local date, as an <see cref="Instant"/> (read in <see cref="TimeZone"/>) or as a clock, read once.
/// A step not yet done is overdue only once the as-of date is past its due date: the due day is in time.
/// </summary>
/// <param name="Kind">The meeting kind.</param>
/// <param name="MeetingDate">The meeting's date in the branch's time zone.</param>
/// <param name="TimeZone">The branch's time zone.</param>
/// <param name="Entries">The entries ordered by due date, ties in <see cref="DueKind"/> order, then by number.</param>
public sealed record MeetingSchedule(MeetingKind Kind, LocalDate MeetingDate, DateTimeZone TimeZone, ImmutableArray<ScheduleEntry> Entries)
{
    /// <summary>Each entry's status as of <paramref name="asOf"/>, by what <paramref name="record"/> shows done.</summary>
    /// <param name="record">
    /// The branch record: its preparation (notices, plan), follow-up (report, progress and commitment reports),
    /// evaluation (determination date), roster (who reports) and meeting dates (the next meeting).
    /// </param>
    /// <param name="asOf">The date in the branch's time zone.</param>
    public ImmutableArray<ScheduleEntryStatus> StatusAsOf(BranchRecord record, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(record);
        var isoRecord = IsoDates.Of(record);
        var isoAsOf = IsoDates.Of(asOf);
        return [.. Entries.Select(entry => new ScheduleEntryStatus(entry, StatusOf(entry, isoRecord, isoAsOf)))];
    }

    /// <summary>Each entry's status as of <paramref name="now"/>, read as a local date in <see cref="TimeZone"/>.</summary>
    /// <param name="record">The branch record.</param>
    /// <param name="now">The instant.</param>
    public ImmutableArray<ScheduleEntryStatus> StatusAsOf(BranchRecord record, Instant now) => StatusAsOf(record, LocalDateOf(now));

    /// <summary>Each entry's status as of the current instant of <paramref name="clock"/> (read once), in <see cref="TimeZone"/>.</summary>
    /// <param name="record">The branch record.</param>
    /// <param name="clock">The caller's clock, for example <see cref="SystemClock.Instance"/>.</param>
    public ImmutableArray<ScheduleEntryStatus> StatusAsOf(BranchRecord record, IClock clock) => StatusAsOf(record, Now(clock));

    /// <summary>The entries overdue as of <paramref name="asOf"/>: not done by what <paramref name="record"/> shows, and past their due date.</summary>
    /// <param name="record">The branch record.</param>
    /// <param name="asOf">The date in the branch's time zone.</param>
    public ImmutableArray<ScheduleEntry> OverdueAsOf(BranchRecord record, LocalDate asOf)
        => [.. StatusAsOf(record, asOf).Where(s => s.Status == DueStatus.Overdue).Select(s => s.Entry)];

    /// <summary>The entries overdue as of <paramref name="now"/>, read as a local date in <see cref="TimeZone"/>.</summary>
    /// <param name="record">The branch record.</param>
    /// <param name="now">The instant.</param>
    public ImmutableArray<ScheduleEntry> OverdueAsOf(BranchRecord record, Instant now) => OverdueAsOf(record, LocalDateOf(now));

    /// <summary>The entries overdue as of the current instant of <paramref name="clock"/> (read once), in <see cref="TimeZone"/>.</summary>
    /// <param name="record">The branch record.</param>
    /// <param name="clock">The caller's clock.</param>
    public ImmutableArray<ScheduleEntry> OverdueAsOf(BranchRecord record, IClock clock) => OverdueAsOf(record, Now(clock));

    /// <summary>The local date of <paramref name="instant"/> in the branch's time zone.</summary>
    /// <param name="instant">The instant.</param>
    public LocalDate LocalDateOf(Instant instant) => DueDates.LocalDateOf(instant, TimeZone);

    private static Instant Now(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.GetCurrentInstant();
    }

    private DueStatus StatusOf(ScheduleEntry entry, BranchRecord record, LocalDate asOf) => entry.Kind switch
    {
        DueKind.MemberNotice => OfOccurrence(entry, record.Preparation?.MemberNotice, asOf),
        DueKind.SuperiorNotice => OfOccurrence(entry, record.Preparation?.SuperiorNotice, asOf),
        DueKind.PlanForReview => OfOccurrence(entry, record.Preparation?.PlanSubmitted, asOf),
        DueKind.Report => OfOccurrence(entry, record.FollowUp?.ReportSubmitted, asOf),
        DueKind.BranchProgressReport => record.FollowUp?.BranchProgressReports is { } reports
            ? OfPeriod(entry, reports.Any(d => Covers(entry, d)), asOf)
            : DueStatus.Unknown,
        DueKind.MemberCommitmentReport => record.FollowUp?.MemberCommitmentReports is { } reports && record.Branch is { } branch
            ? OfPeriod(entry, branch.Members.Where(MemberCommitmentReportsRule.Reports).All(m => reports.Any(r => r.MemberId == m.Id && Covers(entry, r.Date))), asOf)
            : DueStatus.Unknown,
        DueKind.CampaignDeadline => OfCompletion(entry, record, asOf),
        DueKind.NextMeeting => entry.StatusWhen(NextMeetingHeld(record, asOf), asOf),
        _ => DueStatus.Unknown,
    };

    private static DueStatus OfOccurrence(ScheduleEntry entry, Occurrence? occurrence, LocalDate asOf) => occurrence switch
    {
        null => DueStatus.Unknown,
        { Happened: false } => entry.StatusWhen(null, asOf),
        { Date: { } date } => entry.StatusWhen(date, asOf),
        _ => DueStatus.Done,
    };

    private static bool Covers(ScheduleEntry entry, LocalDate date) => entry.Period?.Covers(date) == true;

    private static DueStatus OfPeriod(ScheduleEntry entry, bool covered, LocalDate asOf) => covered ? DueStatus.Done : entry.StatusWhen(null, asOf);

    // The campaign is complete on the later of the meeting and the recorded determination; not before the as-of date.
    private DueStatus OfCompletion(ScheduleEntry entry, BranchRecord record, LocalDate asOf)
    {
        var determined = (record.Evaluation?.Steps ?? []).Where(s => s.Step == EvaluationStep.OrganizationalDetermination).Select(s => s.Date).Max();
        var completed = determined is { } date && date > MeetingDate ? date : MeetingDate;
        return entry.StatusWhen(completed <= asOf ? completed : null, asOf);
    }

    // The first meeting the record shows after this one, held by the as-of date.
    private LocalDate? NextMeetingHeld(BranchRecord record, LocalDate asOf)
        => (record.EarlierMeetingDates ?? []).Append(record.Meeting?.Date ?? MeetingDate)
            .Where(d => d > MeetingDate && d <= asOf)
            .Select(d => (LocalDate?)d)
            .Min();
}
