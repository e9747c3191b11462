using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using OrgLife.Branches;
using OrgLife.Evaluation;
using OrgLife.FollowUp;
using OrgLife.Grades;
using OrgLife.Ids;
using OrgLife.Meetings;
using OrgLife.Members;
using OrgLife.Preparation;
using OrgLife.Records;
using OrgLife.Rules.Policies;

namespace OrgLife.Rules.Tests.Properties;

/// <summary>
/// Arbitrary branch records for the never-throw properties: rosters of any statuses and roles, agendas as any
/// step sequence (any length, order, repetition), dates across the supported range and at the calendar's ends,
/// IDs on and off the roster, names with control characters, every part present or absent, both meeting kinds and every form.
/// </summary>
internal static class RecordGenerators
{
    /// <summary>The IDs records draw from; the last two are never on a roster.</summary>
    private static readonly string[] Ids = ["m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "x1", "x2"];

    private static readonly LocalDate SupportedFirst = new(1900, 1, 1);

    private static Gen<LocalDate> Supported { get; } = Gen.Choose(0, 110_000).Select(d => SupportedFirst.PlusDays(d));

    /// <summary>
    /// A date: mostly in 1900–2200 (the range the record reader accepts), sometimes at the ISO calendar's ends,
    /// sometimes in another calendar (a library caller may hand over any <see cref="LocalDate"/>).
    /// </summary>
    public static Gen<LocalDate> Date { get; } = Gen.Frequency(
        (20, Supported),
        (1, from date in Supported from calendar in Gen.Elements(CalendarSystem.Julian, CalendarSystem.Gregorian, CalendarSystem.Coptic) select date.WithCalendar(calendar)),
        (1, Gen.Elements(LocalDate.MinIsoValue, LocalDate.MaxIsoValue, LocalDate.MaxIsoValue.PlusDays(-3), LocalDate.MinIsoValue.PlusDays(5), new LocalDate(9999, 12, 1))));

    private static Gen<MemberId> Id { get; } = Gen.Elements(Ids).Select(id => new MemberId(id));

    private static Gen<T> Enum<T>()
        where T : struct, System.Enum
        => Gen.Elements(System.Enum.GetValues<T>());

    private static Gen<T?> Maybe<T>(Gen<T> gen)
        where T : struct
        => Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(v => (T?)v)));

    private static Gen<T?> MaybeObject<T>(Gen<T> gen)
        where T : class
        => Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(v => (T?)v)));

    private static Gen<ImmutableArray<T>> ArrayOf<T>(Gen<T> gen, int most = 12)
        => Gen.ListOf(gen).Select(items => items.Take(most).ToImmutableArray());

    private static Gen<ImmutableArray<T>?> MaybeArray<T>(Gen<T> gen, int most = 12)
        => Gen.Frequency((1, Gen.Constant<ImmutableArray<T>?>(null)), (3, ArrayOf(gen, most).Select(a => (ImmutableArray<T>?)a)));

    private static Gen<bool> Bool { get; } = Gen.Elements(true, false);

    private static Gen<Occurrence> Occurrence { get; } =
        from happened in Bool
        from date in Maybe(Date)
        select new Occurrence(happened, date);

    private static Gen<Member> Member(string id) =>
        from status in Enum<MembershipStatus>()
        from roles in Gen.Elements(BranchRoles.None, BranchRoles.None, BranchRoles.Secretary, BranchRoles.DeputySecretary, BranchRoles.CommitteeMember, BranchRoles.GroupLeader, BranchRoles.CommitteeMember | BranchRoles.GroupLeader)
        from circumstances in Gen.Elements(MemberCircumstances.None, MemberCircumstances.Mobile, MemberCircumstances.ElderlyOrInfirm | MemberCircumstances.Hardship, MemberCircumstances.Disciplined)
        from probation in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        from cadre in Bool
        from attended in Bool
        from exclusion in MaybeObject(Enum<AttendanceExclusionReason>().Select(r => new AttendanceExclusion(r)))
        from name in Gen.Elements("Name " + id, "梁晨" + id, "Name\u0007" + id, "\u001b[31m" + id + "\r\nforged line")
        select new Member
        {
            Id = new MemberId(id), Name = name, Status = status, Roles = roles, Circumstances = circumstances,
            OnProbationWithinParty = probation, IsLeadingCadre = cadre, AttendedDemocraticLifeMeetingThisYear = attended,
            AttendanceExclusion = exclusion,
        };

    /// <summary>A branch of 0–8 members of m1…m8 in any order, at most one secretary, party groups over part of the roster.</summary>
    public static Gen<Branch> Branch { get; } =
        from ids in Gen.Shuffle(Ids[..8]).SelectMany(ids => Gen.Choose(0, 8).Select(n => ids.Take(n).ToArray()))
        from members in ids.Select(Member).Aggregate(Gen.Constant(ImmutableList<Member>.Empty), (list, member) => from l in list from m in member select l.Add(m))
        from kind in Enum<BranchKind>()
        from hasCommittee in Bool
        from groupCount in Gen.Choose(0, 3)
        select new Branch(new BranchId("b1"), "Branch", kind, hasCommittee, OneSecretary(members), Groups(ids, groupCount));

    private static ImmutableArray<Member> OneSecretary(ImmutableList<Member> members)
    {
        var first = members.FindIndex(m => m.IsSecretary);
        return [.. members.Select((m, i) => m.IsSecretary && i != first ? m with { Roles = BranchRoles.CommitteeMember } : m)];
    }

    // Groups take consecutive slices of the roster, so no member is in two; some members stay in none.
    private static ImmutableArray<PartyGroup> Groups(string[] ids, int count)
    {
        if (count == 0 || ids.Length == 0)
        {
            return [];
        }

        var size = Math.Max(1, ids.Length / (count + 1));
        return [.. Enumerable.Range(0, count).Where(g => g * size < ids.Length)
            .Select(g => ids.Skip(g * size).Take(size).Select(id => new MemberId(id)).ToImmutableArray())
            .Select((members, g) => new PartyGroup(new PartyGroupId($"g{g}"), $"Group {g}", members, g % 2 == 0 ? members[0] : (MemberId?)null))];
    }

    private static Gen<Talk> Talk { get; } =
        from first in Id
        from second in Id
        from date in Maybe(Date)
        where first != second
        select new Talk(first, second, date);

    private static Gen<PreparationRecord> Preparation { get; } =
        from study in MaybeObject(Occurrence)
        from opinions in MaybeObject(Occurrence)
        from talks in MaybeArray(Talk, 20)
        from memberNotice in MaybeObject(Occurrence)
        from superiorNotice in MaybeObject(Occurrence)
        from plan in MaybeObject(Occurrence)
        from problems in MaybeObject(Occurrence)
        select new PreparationRecord
        {
            StudySession = study, OpinionsSolicited = opinions, Talks = talks, MemberNotice = memberNotice,
            SuperiorNotice = superiorNotice, PlanSubmitted = plan, CommitteeProblemList = problems,
        };

    private static Gen<AttendanceEntry> Attendance { get; } =
        from id in Id
        from present in Bool
        from leave in Maybe(Bool)
        from statement in Maybe(Bool)
        from briefed in Maybe(Bool)
        from mode in Gen.Frequency((3, Gen.Constant<ParticipationMode?>(null)), (1, Maybe(Enum<ParticipationMode>())))
        from sitsIn in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new AttendanceEntry
        {
            MemberId = id, Present = present, LeaveRequestedInAdvance = leave, WrittenStatementEntered = statement, BriefedAfterwards = briefed,
            ParticipatedBy = mode, SitsIn = sitsIn,
        };

    /// <summary>A part of the meeting (支委会, 党员大会, 党小组会), for groups on and off the roster, with or without attendance.</summary>
    private static Gen<MeetingPart> Part { get; } =
        from kind in Enum<MeetingPartKind>()
        from groupId in Gen.Elements<string?>(null, "g0", "g1", "g2", "gx")
        from attendance in MaybeArray(Attendance, 10)
        select new MeetingPart { Kind = kind, PartyGroupId = groupId is null ? (PartyGroupId?)null : new PartyGroupId(groupId), Attendance = attendance };

    private static Gen<Remark> Remark { get; } =
        from author in Id
        from to in Id
        from kind in Enum<RemarkKind>()
        select new Remark { FromMemberId = author, ToMemberId = to, Kind = kind };

    private static Gen<SuperiorGuidance> Guidance { get; } =
        from township in Maybe(Bool)
        from commented in Maybe(Bool)
        select new SuperiorGuidance { RepresentativeName = "Rep", IsTownshipOrStreetLeader = township, Commented = commented };

    /// <summary>An agenda: any sequence of steps, any length (0–30), order and repetition.</summary>
    public static Gen<ImmutableArray<AgendaStep>> Agenda { get; } = ArrayOf(Enum<AgendaStep>(), 30);

    private static Gen<Meeting> Meeting { get; } =
        from kind in Enum<MeetingKind>()
        from form in Maybe(Enum<MeetingForm>())
        from thematic in Bool
        from date in Maybe(Date)
        from start in Maybe(Date.Select(d => d.AtMidnight()))
        from hours in Gen.Choose(0, 30)
        from hasEnd in Bool
        from chair in Maybe(Id)
        from attendance in MaybeArray(Attendance, 14)
        from parts in MaybeArray(Part, 5)
        from agenda in Gen.Frequency((1, Gen.Constant<ImmutableArray<AgendaStep>?>(null)), (4, Agenda.Select(a => (ImmutableArray<AgendaStep>?)a)))
        from order in MaybeArray(Id)
        from remarks in MaybeArray(Remark, 30)
        from representative in Maybe(Bool)
        from guidance in MaybeObject(Guidance)
        from online in Maybe(Bool)
        from minutes in Maybe(Bool)
        from split in Maybe(Bool)
        from postponement in MaybeObject(from deadline in Date from approved in Maybe(Date) select new PostponementApproval { NewDeadline = deadline, ApprovedOn = approved })
        from forYear in Gen.Frequency((3, Gen.Constant<int?>(null)), (1, Gen.Elements<int?>(1, 1900, 2026, 9999)))
        select new Meeting
        {
            Postponement = postponement, ForYear = forYear,
            Kind = kind, Form = form, IsThematic = thematic, Date = date, Start = start,
            End = start is { } s && hasEnd && s.Date.WithCalendar(CalendarSystem.Iso) < LocalDate.MaxIsoValue.PlusDays(-2) ? s.PlusHours(hours) : null,
            ChairId = chair, Attendance = attendance, Parts = parts, Agenda = agenda, SelfExaminationOrder = order, Remarks = remarks,
            SuperiorRepresentativeAttended = representative, SuperiorGuidance = guidance, IsOnline = online, MinutesKept = minutes,
            EvaluationSplitIntoPartyGroups = split,
        };

    private static Gen<Determination> Determination { get; } =
        from id in Id
        from grade in Maybe(Enum<Grade>())
        from reason in Gen.Elements<string?>(null, "", "reason")
        from feedback in Maybe(Bool)
        from followUps in MaybeArray(Enum<GradeFollowUp>(), 4)
        select new Determination { MemberId = id, Grade = grade, Reason = reason, FeedbackGiven = feedback, FollowUps = followUps };

    private static Gen<EvaluationRecord> Evaluation { get; } =
        from steps in MaybeArray(from step in Enum<EvaluationStep>() from date in Maybe(Date) select new EvaluationStepRecord(step, date), 10)
        from scale in Maybe(Enum<AssessmentScale>())
        from fourGrades in Maybe(Bool)
        from results in MaybeArray(from id in Id from grade in Maybe(Enum<Grade>()) select new AssessmentResult { MemberId = id, LeadingGrade = grade })
        from exempt in MaybeArray(Id, 4)
        from determinations in MaybeArray(Determination)
        from publicity in MaybeObject(Occurrence)
        from rated in MaybeObject(Occurrence)
        select new EvaluationRecord
        {
            Steps = steps, BallotScale = scale, DeterminationUsedFourGrades = fourGrades, AssessmentResults = results,
            ExemptFromAssessment = exempt, Determinations = determinations, Publicity = publicity, CommitteeRated = rated,
        };

    private static Gen<RectificationItem> Rectification { get; } =
        from id in Gen.Elements("r1", "r2", "r3")
        from matter in Gen.Elements<string?>(null, "", "matter")
        from measures in Gen.Elements<string?>(null, "measures")
        from responsible in Gen.Elements<string?>(null, "m1")
        from deadline in Maybe(Date)
        select new RectificationItem { Id = id, Matter = matter, Measures = measures, Responsible = responsible, Deadline = deadline };

    private static Gen<FollowUpRecord> FollowUp { get; } =
        from report in MaybeObject(Occurrence)
        from items in MaybeArray(Rectification, 5)
        from publicized in MaybeObject(Occurrence)
        from progress in MaybeArray(Date, 6)
        from commitments in MaybeArray(from id in Id from date in Date select new MemberCommitmentReport(id, date), 20)
        from problems in MaybeObject(Occurrence)
        from rectification in MaybeObject(Occurrence)
        from results in MaybeObject(Occurrence)
        select new FollowUpRecord
        {
            ReportSubmitted = report, RectificationItems = items, RectificationPublicized = publicized, BranchProgressReports = progress,
            MemberCommitmentReports = commitments, ProblemListFiled = problems, RectificationListFiled = rectification, EvaluationResultsFiled = results,
        };

    /// <summary>A record with every part present or absent.</summary>
    public static Gen<BranchRecord> Record { get; } =
        from branch in MaybeObject(Branch)
        from preparation in MaybeObject(Preparation)
        from meeting in MaybeObject(Meeting)
        from evaluation in MaybeObject(Evaluation)
        from followUp in MaybeObject(FollowUp)
        from earlier in MaybeArray(Date, 5)
        select new BranchRecord { Branch = branch, Preparation = preparation, Meeting = meeting, Evaluation = evaluation, FollowUp = followUp, EarlierMeetingDates = earlier };

    /// <summary>Any policy that builds: a preset with every bounded knob anywhere in its bounds (the ends included).</summary>
    public static Gen<OrgLifePolicy> Policy { get; } =
        from preset in Gen.Elements(PolicyPresets.All.ToArray())
        from days in Gen.ArrayOf(Gen.Frequency((3, Gen.Choose(0, 31)), (1, Gen.Elements(0, OrgLifePolicy.MaxDays))), 6)
        from progress in Gen.Choose(1, OrgLifePolicy.MaxReportMonths)
        from commitment in Gen.Choose(1, OrgLifePolicy.MaxReportMonths)
        from interval in Gen.Choose(1, OrgLifePolicy.MaxMeetingIntervalMonths)
        from threshold in Gen.Elements<int?>(null, 1, 2, 20, OrgLifePolicy.MaxGroupSplitThreshold)
        from hours in Gen.Choose(0, OrgLifePolicy.MaxMinimumDurationHours)
        from deadline in Maybe(Date)
        from superior in Bool
        from cap in Gen.Elements<Ratio?>(null, Ratio.OneThird, new Ratio(0, 1), new Ratio(1, 1))
        from otherThanInPerson in Bool
        from simplified in Gen.Elements(ImmutableHashSet<BranchKind>.Empty, [.. System.Enum.GetValues<BranchKind>()])
        from agendas in Gen.Elements(PolicyPresets.All.Select(p => p.Agendas).ToArray())
        select preset with
        {
            ParticipationOtherThanInPersonCountsTowardQuorum = otherThanInPerson, SimplifiedProcedureBranchKinds = simplified, Agendas = agendas,
            MemberNoticeDays = days[0], DemocraticLifeNoticeDays = days[1], SuperiorNoticeDays = days[2], PlanLeadDays = days[3],
            ReportDays = days[4], DemocraticLifeReportDays = days[5], BranchProgressReportMonths = progress,
            MemberCommitmentReportMonths = commitment, MeetingIntervalMonths = interval, GroupSplitThreshold = threshold,
            MinimumDuration = Duration.FromHours(hours), CampaignDeadline = deadline, SuperiorNoticeRequired = superior, ExcellentCap = cap,
        };
}
