using System.Collections.Immutable;
using NodaTime;
using OrgLife.Evaluation;
using OrgLife.FollowUp;
using OrgLife.Meetings;
using OrgLife.Preparation;
using OrgLife.Records;
using OrgLife.Rules.Policies;

namespace OrgLife.Rules.Validation;

/// <summary>
/// Every date of a record, a policy and an as-of date in the ISO calendar. NodaTime refuses to compare dates of two
/// calendars (it throws), so a record holding one Julian or Coptic date would make the deadline rules fail; the
/// validator and the schedule read everything through here. A record already all ISO (the usual case) is returned as
/// it is, after one pass over its dates.
/// </summary>
internal static class IsoDates
{
    private static readonly CalendarSystem Iso = CalendarSystem.Iso;

    /// <summary><paramref name="date"/> in the ISO calendar.</summary>
    public static LocalDate Of(LocalDate date) => date.Calendar == Iso ? date : date.WithCalendar(Iso);

    /// <summary><paramref name="policy"/> with its campaign deadline in the ISO calendar.</summary>
    public static OrgLifePolicy Of(OrgLifePolicy policy)
        => policy.CampaignDeadline is { } deadline && deadline.Calendar != Iso ? policy with { CampaignDeadline = Of(deadline) } : policy;

    /// <summary><paramref name="record"/> with every date in the ISO calendar; the same instance when they all are.</summary>
    public static BranchRecord Of(BranchRecord record) => AllIso(record) ? record : Converted(record);

    // Reads every date of the record once, without allocating: the one place that must name every date field.
    private static bool AllIso(BranchRecord record)
    {
        if (record.Preparation is { } p)
        {
            if (!IsIso(p.StudySession) || !IsIso(p.OpinionsSolicited) || !IsIso(p.MemberNotice) || !IsIso(p.SuperiorNotice)
                || !IsIso(p.PlanSubmitted) || !IsIso(p.CommitteeProblemList))
            {
                return false;
            }

            foreach (var talk in p.Talks ?? [])
            {
                if (!IsIso(talk.Date))
                {
                    return false;
                }
            }
        }

        if (record.Meeting is { } m && (!IsIso(m.Date) || !IsIso(m.Start?.Date) || !IsIso(m.End?.Date)
            || !IsIso(m.Postponement?.NewDeadline) || !IsIso(m.Postponement?.ApprovedOn)))
        {
            return false;
        }

        if (record.Evaluation is { } e)
        {
            if (!IsIso(e.Publicity) || !IsIso(e.CommitteeRated))
            {
                return false;
            }

            foreach (var step in e.Steps ?? [])
            {
                if (!IsIso(step.Date))
                {
                    return false;
                }
            }
        }

        if (record.FollowUp is { } f)
        {
            if (!IsIso(f.ReportSubmitted) || !IsIso(f.RectificationPublicized) || !IsIso(f.ProblemListFiled)
                || !IsIso(f.RectificationListFiled) || !IsIso(f.EvaluationResultsFiled))
            {
                return false;
            }

            foreach (var date in f.BranchProgressReports ?? [])
            {
                if (!IsIso(date))
                {
                    return false;
                }
            }

            foreach (var report in f.MemberCommitmentReports ?? [])
            {
                if (!IsIso(report.Date))
                {
                    return false;
                }
            }

            foreach (var item in f.RectificationItems ?? [])
            {
                if (!IsIso(item.Deadline))
                {
                    return false;
                }
            }
        }

        foreach (var date in record.EarlierMeetingDates ?? [])
        {
            if (!IsIso(date))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsIso(LocalDate? date) => date is not { } d || d.Calendar == Iso;

    private static bool IsIso(Occurrence? occurrence) => IsIso(occurrence?.Date);

    private static BranchRecord Converted(BranchRecord record) => record with
    {
        Preparation = record.Preparation is { } p ? p with
        {
            StudySession = Of(p.StudySession),
            OpinionsSolicited = Of(p.OpinionsSolicited),
            MemberNotice = Of(p.MemberNotice),
            SuperiorNotice = Of(p.SuperiorNotice),
            PlanSubmitted = Of(p.PlanSubmitted),
            CommitteeProblemList = Of(p.CommitteeProblemList),
            Talks = p.Talks is { } talks ? [.. talks.Select(t => t.Date is { } d && d.Calendar != Iso ? new Talk(t.First, t.Second, Of(d)) : t)] : null,
        } : null,
        // End first cleared: the setters check End ≥ Start, which NodaTime cannot do across two calendars.
        Meeting = record.Meeting is { } m ? m with { End = null } with
        {
            Date = Of(m.Date),
            Start = m.Start?.WithCalendar(Iso),
            End = m.End?.WithCalendar(Iso),
            Postponement = m.Postponement is { } postponement
                ? postponement with { NewDeadline = Of(postponement.NewDeadline), ApprovedOn = Of(postponement.ApprovedOn) }
                : null,
        } : null,
        Evaluation = record.Evaluation is { } e ? e with
        {
            Steps = e.Steps is { } steps ? [.. steps.Select(s => s with { Date = Of(s.Date) })] : null,
            Publicity = Of(e.Publicity),
            CommitteeRated = Of(e.CommitteeRated),
        } : null,
        FollowUp = record.FollowUp is { } f ? f with
        {
            ReportSubmitted = Of(f.ReportSubmitted),
            RectificationPublicized = Of(f.RectificationPublicized),
            ProblemListFiled = Of(f.ProblemListFiled),
            RectificationListFiled = Of(f.RectificationListFiled),
            EvaluationResultsFiled = Of(f.EvaluationResultsFiled),
            BranchProgressReports = f.BranchProgressReports is { } dates ? [.. dates.Select(Of)] : null,
            MemberCommitmentReports = f.MemberCommitmentReports is { } reports ? [.. reports.Select(r => r with { Date = Of(r.Date) })] : null,
            RectificationItems = f.RectificationItems is { } items ? [.. items.Select(i => i with { Deadline = Of(i.Deadline) })] : null,
        } : null,
        EarlierMeetingDates = record.EarlierMeetingDates is { } earlier ? [.. earlier.Select(Of)] : null,
    };

    private static LocalDate? Of(LocalDate? date) => date is { } d ? Of(d) : null;

    private static Occurrence? Of(Occurrence? occurrence) => occurrence is { Date: { } d } && d.Calendar != Iso ? occurrence with { Date = Of(d) } : occurrence;
}
