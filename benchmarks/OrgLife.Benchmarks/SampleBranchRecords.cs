using System.Collections.Immutable;
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

namespace OrgLife.Benchmarks;

/// <summary>
/// Branch records for the validator benchmarks: every part recorded, as a diligent vendor would send it —
/// roster (secretary, two committee members, a leading cadre, members in priority circumstances, about one in
/// eleven probationary), preparation with every talk, a general meeting with attendance, agenda, the full
/// mutual criticism (every participant criticizes every other), the evaluation with ballots' leading grades
/// and determinations, and the follow-up. Member IDs are built fresh per record, as a JSON reader would.
/// </summary>
internal static class SampleBranchRecords
{
    public static readonly LocalDate MeetingDate = new(2026, 12, 15);
    public static readonly LocalDate AsOf = new(2027, 12, 15);

    /// <summary>A complete record of a village branch of <paramref name="size"/> members (at least 4); one in four absent members on leave.</summary>
    public static BranchRecord Create(int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 4);
        var members = Enumerable.Range(1, size).Select(CreateMember).ToImmutableArray();
        var ids = members.Select(m => m.Id).ToImmutableArray();
        var groups = size >= 20 ? Groups(ids) : [];
        var branch = new Branch(new BranchId("benchmark-branch"), "第一党支部", BranchKind.Village, hasCommittee: true, members, groups);
        var absent = new HashSet<MemberId>(ids.Where((_, i) => i % 11 == 10));
        var present = ids.Where(id => !absent.Contains(id)).ToList();
        return new BranchRecord
        {
            Branch = branch,
            Preparation = Preparation(ids),
            Meeting = Meeting(ids, absent, present),
            Evaluation = Evaluation(members),
            FollowUp = FollowUp(ids),
            EarlierMeetingDates = [MeetingDate.PlusYears(-1)],
        };
    }

    private static Member CreateMember(int number) => new()
    {
        Id = new MemberId($"m{number:000}"),
        Name = $"党员{number}",
        Status = number % 11 == 0 ? MembershipStatus.Probationary : MembershipStatus.Full,
        Roles = number switch { 1 => BranchRoles.Secretary, 2 or 3 => BranchRoles.CommitteeMember, _ => BranchRoles.None },
        Circumstances = number % 7 == 0 ? MemberCircumstances.Mobile : number % 9 == 0 ? MemberCircumstances.ElderlyOrInfirm : MemberCircumstances.None,
        IsLeadingCadre = number == 4,
    };

    private static ImmutableArray<PartyGroup> Groups(ImmutableArray<MemberId> ids)
    {
        var half = ids.Length / 2;
        return
        [
            new PartyGroup(new PartyGroupId("g1"), "第一党小组", [.. ids.Take(half)], ids[0]),
            new PartyGroup(new PartyGroupId("g2"), "第二党小组", [.. ids.Skip(half)], ids[half]),
        ];
    }

    private static PreparationRecord Preparation(ImmutableArray<MemberId> ids)
    {
        var talkDate = MeetingDate.PlusDays(-12);
        var talks = new List<Talk> { new(ids[0], ids[1], talkDate), new(ids[0], ids[2], talkDate), new(ids[1], ids[2], talkDate) };
        talks.AddRange(ids.Skip(3).Select(id => new Talk(ids[0], id, talkDate)));
        return new PreparationRecord
        {
            StudySession = Occurrence.On(MeetingDate.PlusDays(-20)),
            OpinionsSolicited = Occurrence.On(MeetingDate.PlusDays(-18)),
            Talks = [.. talks],
            MemberNotice = Occurrence.On(MeetingDate.PlusDays(-10)),
            SuperiorNotice = Occurrence.On(MeetingDate.PlusDays(-10)),
            CommitteeProblemList = Occurrence.On(MeetingDate.PlusDays(-5)),
        };
    }

    private static Meeting Meeting(ImmutableArray<MemberId> ids, HashSet<MemberId> absent, List<MemberId> present) => new()
    {
        Kind = MeetingKind.OrganizationalLife,
        Form = MeetingForm.GeneralMeeting,
        Date = MeetingDate,
        Start = MeetingDate.At(new LocalTime(8, 30)),
        End = MeetingDate.At(new LocalTime(12, 30)),
        ChairId = ids[0],
        Attendance = [.. ids.Select(id => absent.Contains(id)
            ? new AttendanceEntry { MemberId = id, Present = false, LeaveRequestedInAdvance = true, WrittenStatementEntered = true, BriefedAfterwards = true }
            : new AttendanceEntry { MemberId = id, Present = true })],
        Agenda = [AgendaStep.WorkReport, AgendaStep.SecretarySelfExamination, AgendaStep.MembersInTurn, AgendaStep.DemocraticAssessment, AgendaStep.SuperiorComments, AgendaStep.SecretaryStatement],
        SelfExaminationOrder = [.. present],
        Remarks = [.. from to in present from critic in present where critic != to select new Remark { FromMemberId = new MemberId(critic.Value), ToMemberId = new MemberId(to.Value), Kind = RemarkKind.Criticism }],
        SuperiorRepresentativeAttended = true,
        SuperiorGuidance = new SuperiorGuidance { RepresentativeName = "乡镇党委副书记", IsTownshipOrStreetLeader = true, Commented = true },
        IsOnline = false,
        MinutesKept = true,
        EvaluationSplitIntoPartyGroups = ids.Length >= 20,
    };

    private static EvaluationRecord Evaluation(ImmutableArray<Member> members)
    {
        var full = members.Where(m => m.IsGradable).ToList();
        Grade GradeOf(int i) => i % 5 == 0 ? Grade.Excellent : i == 7 ? Grade.BasicallyQualified : Grade.Qualified;
        return new EvaluationRecord
        {
            Steps = [new(EvaluationStep.SelfEvaluation, MeetingDate), new(EvaluationStep.PeerEvaluation, MeetingDate), new(EvaluationStep.DemocraticAssessment, MeetingDate), new(EvaluationStep.OrganizationalDetermination, MeetingDate.PlusDays(2))],
            BallotScale = AssessmentScale.FourGrades,
            DeterminationUsedFourGrades = true,
            AssessmentResults = [.. full.Select((m, i) => new AssessmentResult { MemberId = m.Id, LeadingGrade = GradeOf(i) })],
            ExemptFromAssessment = [],
            Determinations = [.. members.Select((m, i) => new Determination
            {
                MemberId = m.Id,
                Grade = m.IsGradable ? GradeOf(full.IndexOf(m)) : null,
                FeedbackGiven = true,
                FollowUps = m.IsGradable ? GradeOf(full.IndexOf(m)) switch
                {
                    Grade.Excellent => [GradeFollowUp.Commendation],
                    Grade.BasicallyQualified => [GradeFollowUp.EducationAndHelp],
                    _ => [],
                } : [],
            })],
            Publicity = Occurrence.On(MeetingDate.PlusDays(3)),
            CommitteeRated = Occurrence.On(MeetingDate),
        };
    }

    private static FollowUpRecord FollowUp(ImmutableArray<MemberId> ids) => new()
    {
        ReportSubmitted = Occurrence.On(MeetingDate.PlusDays(7)),
        RectificationItems =
        [
            new RectificationItem { Id = "R1", Matter = "学习不经常", Measures = "每月集中学习", Responsible = "支部书记", Deadline = MeetingDate.PlusMonths(3) },
            new RectificationItem { Id = "R2", Matter = "联系群众不够", Measures = "党员联系户", Responsible = "支部委员", Deadline = MeetingDate.PlusMonths(6) },
        ],
        RectificationPublicized = Occurrence.On(MeetingDate.PlusDays(10)),
        BranchProgressReports = [MeetingDate.PlusMonths(6), MeetingDate.PlusMonths(12)],
        MemberCommitmentReports = [.. from id in ids from quarter in Enumerable.Range(1, 4) select new MemberCommitmentReport(id, MeetingDate.PlusMonths(3 * quarter))],
        ProblemListFiled = Occurrence.On(MeetingDate.PlusDays(7)),
        RectificationListFiled = Occurrence.On(MeetingDate.PlusDays(7)),
        EvaluationResultsFiled = Occurrence.On(MeetingDate.PlusDays(7)),
    };
}
