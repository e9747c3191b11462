using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using OrgLife.Branches;
using OrgLife.Evaluation;
using OrgLife.FollowUp;
using OrgLife.Grades;
using OrgLife.Ids;
using OrgLife.Json.Converters;
using OrgLife.Meetings;
using OrgLife.Members;
using OrgLife.Preparation;
using OrgLife.Records;

namespace OrgLife.Json;

/// <summary>
/// The fast path of <see cref="RecordReader"/>: one pass of a strict tokenizer (<see cref="StrictJsonScanner"/>) from the
/// record's UTF-8 bytes straight to the domain record, without DTOs, JSON paths or the serializer's machinery: property
/// names and enum values matched on their bytes, dates parsed from their digits, short texts decoded once per thread
/// (<see cref="Utf8TextCache"/>). It recognises only well-formed records in the plain spelling: on anything else
/// (JSON the scanner does not read, such as an escaped property name; an unknown or repeated property; a null; a value of the
/// wrong kind or that does not convert; a value the domain rejects; a date not written <c>yyyy-MM-dd</c>) it gives up,
/// and the reference (the serializer and the mappers) reads the record and words the error, so results and errors are
/// exactly the reference's (RecordReaderFastPathProperties binds the two).
/// </summary>
internal static class FastRecordReader
{
    private delegate T ReadItem<T>(ref StrictJsonScanner reader, Utf8TextCache texts);

    /// <summary>The record, or null when the input is not a record this path recognises (the reference reads it).</summary>
    /// <param name="utf8Json">The record, checked to be valid UTF-8 (its strings are decoded without a check), without a byte-order mark.</param>
    public static BranchRecord? TryRead(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new StrictJsonScanner(utf8Json);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            var record = Record(ref reader, Utf8TextCache.Current);
            // Anything after the record is the reference's to name.
            return reader.Read() ? null : record;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            return null;
        }
    }

    private static BranchRecord Record(ref StrictJsonScanner r, Utf8TextCache t)
    {
        Branch? branch = null;
        PreparationRecord? preparation = null;
        Meeting? meeting = null;
        EvaluationRecord? evaluation = null;
        FollowUpRecord? followUp = null;
        ImmutableArray<LocalDate>? earlier = null;
        var seen = 0;
        while (Property(ref r))
        {
            var name = r.ValueSpan;
            if (name.SequenceEqual("branch"u8)) { Once(ref seen, 0); branch = Branch(ref Start(ref r), t); }
            else if (name.SequenceEqual("preparation"u8)) { Once(ref seen, 1); preparation = Preparation(ref Start(ref r), t); }
            else if (name.SequenceEqual("meeting"u8)) { Once(ref seen, 2); meeting = Meeting(ref Start(ref r), t); }
            else if (name.SequenceEqual("evaluation"u8)) { Once(ref seen, 3); evaluation = Evaluation(ref Start(ref r), t); }
            else if (name.SequenceEqual("followUp"u8)) { Once(ref seen, 4); followUp = FollowUp(ref Start(ref r), t); }
            else if (name.SequenceEqual("earlierMeetingDates"u8)) { Once(ref seen, 5); earlier = Items(ref r, t, DateItem); }
            else { throw Unrecognised(); }
        }

        return new BranchRecord
        {
            Branch = branch,
            Preparation = preparation,
            Meeting = meeting,
            Evaluation = evaluation,
            FollowUp = followUp,
            EarlierMeetingDates = earlier,
        };
    }

    private static Branch Branch(ref StrictJsonScanner r, Utf8TextCache t)
    {
        string? id = null, name = null, timeZone = null;
        BranchKind? kind = null;
        bool? hasCommittee = null;
        ImmutableArray<Member>? members = null;
        ImmutableArray<PartyGroup>? groups = null;
        ImmutableArray<string>? organizationPath = null;
        var seen = 0;
        while (Property(ref r))
        {
            var property = r.ValueSpan;
            if (property.SequenceEqual("id"u8)) { Once(ref seen, 0); id = Text(ref Next(ref r), t); }
            else if (property.SequenceEqual("name"u8)) { Once(ref seen, 1); name = Text(ref Next(ref r), t); }
            else if (property.SequenceEqual("kind"u8)) { Once(ref seen, 2); kind = Enum<BranchKind>(ref Next(ref r)); }
            else if (property.SequenceEqual("hasCommittee"u8)) { Once(ref seen, 3); hasCommittee = Boolean(ref Next(ref r)); }
            else if (property.SequenceEqual("timeZone"u8)) { Once(ref seen, 4); timeZone = Text(ref Next(ref r), t); }
            else if (property.SequenceEqual("members"u8)) { Once(ref seen, 5); members = Items(ref r, t, Member); }
            else if (property.SequenceEqual("partyGroups"u8)) { Once(ref seen, 6); groups = Items(ref r, t, PartyGroup); }
            else if (property.SequenceEqual("organizationPath"u8)) { Once(ref seen, 7); organizationPath = Items(ref r, t, TextItem); }
            else { throw Unrecognised(); }
        }

        var zone = timeZone is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone) ?? throw Unrecognised();
        return new Branch(new BranchId(Present(id)), Present(name), Required(kind), Required(hasCommittee), Required(members), groups ?? [], zone)
        {
            OrganizationPath = organizationPath ?? [],
        };
    }

    private static Member Member(ref StrictJsonScanner r, Utf8TextCache t)
    {
        Begin(ref r);
        MemberId? id = null;
        string? name = null;
        MembershipStatus? status = null;
        var roles = BranchRoles.None;
        MemberCircumstances? circumstances = null;
        bool? onProbation = null, leadingCadre = null, attendedDemocraticLife = null;
        AttendanceExclusion? exclusion = null;
        var seen = 0;
        while (Property(ref r))
        {
            var property = r.ValueSpan;
            if (property.SequenceEqual("id"u8)) { Once(ref seen, 0); id = MemberId(ref Next(ref r), t); }
            else if (property.SequenceEqual("name"u8)) { Once(ref seen, 1); name = Text(ref Next(ref r), t); }
            else if (property.SequenceEqual("status"u8)) { Once(ref seen, 2); status = Enum<MembershipStatus>(ref Next(ref r)); }
            else if (property.SequenceEqual("roles"u8)) { Once(ref seen, 3); roles = Roles(ref r); }
            else if (property.SequenceEqual("onProbationWithinParty"u8)) { Once(ref seen, 4); onProbation = Boolean(ref Next(ref r)); }
            else if (property.SequenceEqual("circumstances"u8)) { Once(ref seen, 5); circumstances = Circumstances(ref r); }
            else if (property.SequenceEqual("isLeadingCadre"u8)) { Once(ref seen, 6); leadingCadre = Boolean(ref Next(ref r)); }
            else if (property.SequenceEqual("attendedDemocraticLifeMeetingThisYear"u8)) { Once(ref seen, 7); attendedDemocraticLife = Boolean(ref Next(ref r)); }
            else if (property.SequenceEqual("attendanceExclusion"u8)) { Once(ref seen, 8); exclusion = Exclusion(ref Start(ref r), t); }
            else { throw Unrecognised(); }
        }

        return new Member
        {
            Id = Required(id),
            Name = Present(name),
            Status = Required(status),
            Roles = roles,
            Circumstances = circumstances,
            OnProbationWithinParty = onProbation ?? false,
            IsLeadingCadre = leadingCadre,
            AttendedDemocraticLifeMeetingThisYear = attendedDemocraticLife,
            AttendanceExclusion = exclusion,
        };
    }

    private static AttendanceExclusion Exclusion(ref StrictJsonScanner r, Utf8TextCache t)
    {
        AttendanceExclusionReason? reason = null;
        string? note = null;
        var seen = 0;
        while (Property(ref r))
        {
            var property = r.ValueSpan;
            if (property.SequenceEqual("reason"u8)) { Once(ref seen, 0); reason = Enum<AttendanceExclusionReason>(ref Next(ref r)); }
            else if (property.SequenceEqual("note"u8)) { Once(ref seen, 1); note = Text(ref Next(ref r), t); }
            else { throw Unrecognised(); }
        }

        return new AttendanceExclusion(Required(reason), note);
    }

    private static PartyGroup PartyGroup(ref StrictJsonScanner r, Utf8TextCache t)
    {
        Begin(ref r);
        string? id = null, name = null;
        ImmutableArray<MemberId>? memberIds = null;
        MemberId? leader = null;
        var seen = 0;
        while (Property(ref r))
        {
            var property = r.ValueSpan;
            if (property.SequenceEqual("id"u8)) { Once(ref seen, 0); id = Text(ref Next(ref r), t); }
            else if (property.SequenceEqual("name"u8)) { Once(ref seen, 1); name = Text(ref Next(ref r), t); }
            else if (property.SequenceEqual("memberIds"u8)) { Once(ref seen, 2); memberIds = Items(ref r, t, MemberIdItem); }
            else if (property.SequenceEqual("leaderId"u8)) { Once(ref seen, 3); leader = MemberId(ref Next(ref r), t); }
            else { throw Unrecognised(); }
        }

        return new PartyGroup(new PartyGroupId(Present(id)), Present(name), memberIds ?? [], leader);
    }

    private static PreparationRecord Preparation(ref StrictJsonScanner r, Utf8TextCache t)
    {
        Occurrence? study = null, solicited = null, memberNotice = null, superiorNotice = null, plan = null, committeeList = null,
            outlinesWritten = null, outlinesReviewed = null, fedBack = null, reported = null;
        ImmutableArray<Talk>? talks = null;
        ImmutableArray<MemberId>? memberLists = null;
        var seen = 0;
        while (Property(ref r))
        {
            var property = r.ValueSpan;
            if (property.SequenceEqual("studySession"u8)) { Once(ref seen, 0); study = Occurrence(ref Start(ref r)); }
            else if (property.SequenceEqual("opinionsSolicited"u8)) { Once(ref seen, 1); solicited = Occurrence(ref Start(ref r)); }
            else if (property.SequenceEqual("talks"u8)) { Once(ref seen, 2); talks = Items(ref r, t, Talk); }
            else if (property.SequenceEqual("memberNotice"u8)) { Once(ref seen, 3); memberNotice = Occurrence(ref Start(ref r)); }
            else if (property.SequenceEqual("superiorNotice"u8)) { Once(ref seen, 4); superiorNotice = Occurrence(ref Start(ref r)); }
            else if (property.SequenceEqual("planSubmitted"u8)) { Once(ref seen, 5); plan = Occurrence(ref Start(ref r)); }
            else if (property.SequenceEqual("committeeProblemList"u8)) { Once(ref seen, 6); committeeList = Occurrence(ref Start(ref r)); }
            else if (property.SequenceEqual("memberProblemLists"u8)) { Once(ref seen, 7); memberLists = Items(ref r, t, MemberIdItem); }
            else if (property.SequenceEqual("speechOutlinesWritten"u8)) { Once(ref seen, 8); outlinesWritten = Occurrence(ref Start(ref r)); }
            else if (property.SequenceEqual("speechOutlinesReviewed"u8)) { Once(ref seen, 9); outlinesReviewed = Occurrence(ref Start(ref r)); }
            else if (property.SequenceEqual("opinionsFedBack"u8)) { Once(ref seen, 10); fedBack = Occurrence(ref Start(ref r)); }
            else if (property.SequenceEqual("opinionsReportedToSuperior"u8)) { Once(ref seen, 11); reported = Occurrence(ref Start(ref r)); }
            else { throw Unrecognised(); }
        }

        return new PreparationRecord
        {
            StudySession = study,
            OpinionsSolicited = solicited,
            Talks = talks,
            MemberNotice = memberNotice,
            SuperiorNotice = superiorNotice,
            PlanSubmitted = plan,
            CommitteeProblemList = committeeList,
            MemberProblemLists = memberLists,
            SpeechOutlinesWritten = outlinesWritten,
            SpeechOutlinesReviewed = outlinesReviewed,
            OpinionsFedBack = fedBack,
            OpinionsReportedToSuperior = reported,
        };
    }

    private static Talk Talk(ref StrictJsonScanner r, Utf8TextCache t)
    {
        Begin(ref r);
        MemberId? first = null, second = null;
        LocalDate? date = null;
        var seen = 0;
        while (Property(ref r))
        {
            var property = r.ValueSpan;
            if (property.SequenceEqual("first"u8)) { Once(ref seen, 0); first = MemberId(ref Next(ref r), t); }
            else if (property.SequenceEqual("second"u8)) { Once(ref seen, 1); second = MemberId(ref Next(ref r), t); }
            else if (property.SequenceEqual("date"u8)) { Once(ref seen, 2); date = Date(ref Next(ref r)); }
            else { throw Unrecognised(); }
        }

        return new Talk(Required(first), Required(second), date);
    }

    private static Occurrence Occurrence(ref StrictJsonScanner r)
    {
        bool? happened = null;
        LocalDate? date = null;
        var seen = 0;
        while (Property(ref r))
        {
            var property = r.ValueSpan;
            if (property.SequenceEqual("happened"u8)) { Once(ref seen, 0); happened = Boolean(ref Next(ref r)); }
            else if (property.SequenceEqual("date"u8)) { Once(ref seen, 1); date = Date(ref Next(ref r)); }
            else { throw Unrecognised(); }
        }

        return new Occurrence(Required(happened), date);
    }

    private static Meeting Meeting(ref StrictJsonScanner r, Utf8TextCache t)
    {
        MeetingKind? kind = null;
        MeetingForm? form = null;
        bool? thematic = null, representativeAttended = null, online = null, minutesKept = null, split = null;
        LocalDate? date = null;
        LocalDateTime? start = null, end = null;
        MemberId? chair = null;
        ImmutableArray<AttendanceEntry>? attendance = null;
        ImmutableArray<MeetingPart>? parts = null;
        ImmutableArray<AgendaStep>? agenda = null;
        ImmutableArray<MemberId>? order = null;
        ImmutableArray<Remark>? remarks = null;
        SuperiorGuidance? guidance = null;
        int? forYear = null;
        PostponementApproval? postponement = null;
        var seen = 0;
        while (Property(ref r))
        {
            var property = r.ValueSpan;
            if (property.SequenceEqual("kind"u8)) { Once(ref seen, 0); kind = Enum<MeetingKind>(ref Next(ref r)); }
            else if (property.SequenceEqual("form"u8)) { Once(ref seen, 1); form = Enum<MeetingForm>(ref Next(ref r)); }
            else if (property.SequenceEqual("isThematic"u8)) { Once(ref seen, 2); thematic = Boolean(ref Next(ref r)); }
            else if (property.SequenceEqual("date"u8)) { Once(ref seen, 3); date = Date(ref Next(ref r)); }
            else if (property.SequenceEqual("start"u8)) { Once(ref seen, 4); start = DateTime(ref Next(ref r)); }
            else if (property.SequenceEqual("end"u8)) { Once(ref seen, 5); end = DateTime(ref Next(ref r)); }
            else if (property.SequenceEqual("chairId"u8)) { Once(ref seen, 6); chair = MemberId(ref Next(ref r), t); }
            else if (property.SequenceEqual("attendance"u8)) { Once(ref seen, 7); attendance = Items(ref r, t, Attendance); }
            else if (property.SequenceEqual("parts"u8)) { Once(ref seen, 8); parts = Items(ref r, t, Part); }
            else if (property.SequenceEqual("agenda"u8)) { Once(ref seen, 9); agenda = Items(ref r, t, EnumItem<AgendaStep>); }
            else if (property.SequenceEqual("selfExaminationOrder"u8)) { Once(ref seen, 10); order = Items(ref r, t, MemberIdItem); }
            else if (property.SequenceEqual("remarks"u8)) { Once(ref seen, 11); remarks = Items(ref r, t, Remark); }
            else if (property.SequenceEqual("superiorRepresentativeAttended"u8)) { Once(ref seen, 12); representativeAttended = Boolean(ref Next(ref r)); }
            else if (property.SequenceEqual("superiorGuidance"u8)) { Once(ref seen, 13); guidance = Guidance(ref Start(ref r), t); }
            else if (property.SequenceEqual("isOnline"u8)) { Once(ref seen, 14); online = Boolean(ref Next(ref r)); }
            else if (property.SequenceEqual("minutesKept"u8)) { Once(ref seen, 15); minutesKept = Boolean(ref Next(ref r)); }
            else if (property.SequenceEqual("evaluationSplitIntoPartyGroups"u8)) { Once(ref seen, 16); split = Boolean(ref Next(ref r)); }
            else if (property.SequenceEqual("forYear"u8)) { Once(ref seen, 17); forYear = Year(ref Next(ref r)); }
            else if (property.SequenceEqual("postponement"u8)) { Once(ref seen, 18); postponement = Postponement(ref Start(ref r)); }
            else { throw Unrecognised(); }
        }

        return new Meeting
        {
            Kind = Required(kind),
            Form = form,
            IsThematic = thematic,
            Date = date,
            Start = start,
            End = end,
            ChairId = chair,
            Attendance = attendance,
            Parts = parts,
            Agenda = agenda,
            SelfExaminationOrder = order,
            Remarks = remarks,
            SuperiorRepresentativeAttended = representativeAttended,
            SuperiorGuidance = guidance,
            IsOnline = online,
            MinutesKept = minutesKept,
            EvaluationSplitIntoPartyGroups = split,
            ForYear = forYear,
            Postponement = postponement,
        };
    }

    private static AttendanceEntry Attendance(ref StrictJsonScanner r, Utf8TextCache t)
    {
        Begin(ref r);
        MemberId? member = null;
        bool? present = null, sitsIn = null, leave = null, statement = null, briefed = null;
        ParticipationMode? mode = null;
        var seen = 0;
        while (Property(ref r))
        {
            var property = r.ValueSpan;
            if (property.SequenceEqual("memberId"u8)) { Once(ref seen, 0); member = MemberId(ref Next(ref r), t); }
            else if (property.SequenceEqual("present"u8)) { Once(ref seen, 1); present = Boolean(ref Next(ref r)); }
            else if (property.SequenceEqual("participatedBy"u8)) { Once(ref seen, 2); mode = Enum<ParticipationMode>(ref Next(ref r)); }
            else if (property.SequenceEqual("sitsIn"u8)) { Once(ref seen, 3); sitsIn = Boolean(ref Next(ref r)); }
            else if (property.SequenceEqual("leaveRequestedInAdvance"u8)) { Once(ref seen, 4); leave = Boolean(ref Next(ref r)); }
            else if (property.SequenceEqual("writtenStatementEntered"u8)) { Once(ref seen, 5); statement = Boolean(ref Next(ref r)); }
            else if (property.SequenceEqual("briefedAfterwards"u8)) { Once(ref seen, 6); briefed = Boolean(ref Next(ref r)); }
            else { throw Unrecognised(); }
        }

        return new AttendanceEntry
        {
            MemberId = Required(member),
            Present = Required(present),
            ParticipatedBy = mode,
            SitsIn = sitsIn ?? false,
            LeaveRequestedInAdvance = leave,
            WrittenStatementEntered = statement,
            BriefedAfterwards = briefed,
        };
    }

    /// <summary>One part; a party group's session names its group, the other parts name none.</summary>
    private static MeetingPart Part(ref StrictJsonScanner r, Utf8TextCache t)
    {
        Begin(ref r);
        MeetingPartKind? kind = null;
        string? group = null;
        ImmutableArray<AttendanceEntry>? attendance = null;
        var seen = 0;
        while (Property(ref r))
        {
            var property = r.ValueSpan;
            if (property.SequenceEqual("part"u8)) { Once(ref seen, 0); kind = Enum<MeetingPartKind>(ref Next(ref r)); }
            else if (property.SequenceEqual("groupId"u8)) { Once(ref seen, 1); group = Text(ref Next(ref r), t); }
            else if (property.SequenceEqual("attendance"u8)) { Once(ref seen, 2); attendance = Items(ref r, t, Attendance); }
            else { throw Unrecognised(); }
        }

        var partKind = Required(kind);
        PartyGroupId? groupId = partKind == MeetingPartKind.PartyGroup ? new PartyGroupId(Present(group))
            : group is null ? (PartyGroupId?)null
            : throw Unrecognised();
        return new MeetingPart { Kind = partKind, PartyGroupId = groupId, Attendance = attendance };
    }

    private static Remark Remark(ref StrictJsonScanner r, Utf8TextCache t)
    {
        Begin(ref r);
        MemberId? from = null, to = null;
        RemarkKind? kind = null;
        var seen = 0;
        while (Property(ref r))
        {
            var property = r.ValueSpan;
            if (property.SequenceEqual("fromMemberId"u8)) { Once(ref seen, 0); from = MemberId(ref Next(ref r), t); }
            else if (property.SequenceEqual("toMemberId"u8)) { Once(ref seen, 1); to = MemberId(ref Next(ref r), t); }
            else if (property.SequenceEqual("kind"u8)) { Once(ref seen, 2); kind = Enum<RemarkKind>(ref Next(ref r)); }
            else { throw Unrecognised(); }
        }

        return new Remark { FromMemberId = Required(from), ToMemberId = Required(to), Kind = Required(kind) };
    }

    private static SuperiorGuidance Guidance(ref StrictJsonScanner r, Utf8TextCache t)
    {
        string? name = null;
        bool? leader = null, commented = null;
        var seen = 0;
        while (Property(ref r))
        {
            var property = r.ValueSpan;
            if (property.SequenceEqual("representativeName"u8)) { Once(ref seen, 0); name = Text(ref Next(ref r), t); }
            else if (property.SequenceEqual("isTownshipOrStreetLeader"u8)) { Once(ref seen, 1); leader = Boolean(ref Next(ref r)); }
            else if (property.SequenceEqual("commented"u8)) { Once(ref seen, 2); commented = Boolean(ref Next(ref r)); }
            else { throw Unrecognised(); }
        }

        return new SuperiorGuidance { RepresentativeName = Present(name), IsTownshipOrStreetLeader = leader, Commented = commented };
    }

    private static PostponementApproval Postponement(ref StrictJsonScanner r)
    {
        LocalDate? deadline = null, approved = null;
        var seen = 0;
        while (Property(ref r))
        {
            var property = r.ValueSpan;
            if (property.SequenceEqual("newDeadline"u8)) { Once(ref seen, 0); deadline = Date(ref Next(ref r)); }
            else if (property.SequenceEqual("approvedOn"u8)) { Once(ref seen, 1); approved = Date(ref Next(ref r)); }
            else { throw Unrecognised(); }
        }

        return new PostponementApproval { NewDeadline = Required(deadline), ApprovedOn = approved };
    }

    private static EvaluationRecord Evaluation(ref StrictJsonScanner r, Utf8TextCache t)
    {
        ImmutableArray<EvaluationStepRecord>? steps = null;
        AssessmentScale? scale = null;
        bool? fourGrades = null;
        ImmutableArray<AssessmentResult>? results = null;
        ImmutableArray<MemberId>? exempt = null;
        ImmutableArray<Determination>? determinations = null;
        Occurrence? publicity = null, rated = null, redoOrdered = null, redone = null;
        var seen = 0;
        while (Property(ref r))
        {
            var property = r.ValueSpan;
            if (property.SequenceEqual("steps"u8)) { Once(ref seen, 0); steps = Items(ref r, t, Step); }
            else if (property.SequenceEqual("ballotScale"u8)) { Once(ref seen, 1); scale = Enum<AssessmentScale>(ref Next(ref r)); }
            else if (property.SequenceEqual("determinationUsedFourGrades"u8)) { Once(ref seen, 2); fourGrades = Boolean(ref Next(ref r)); }
            else if (property.SequenceEqual("assessmentResults"u8)) { Once(ref seen, 3); results = Items(ref r, t, AssessmentResult); }
            else if (property.SequenceEqual("exemptFromAssessment"u8)) { Once(ref seen, 4); exempt = Items(ref r, t, MemberIdItem); }
            else if (property.SequenceEqual("determinations"u8)) { Once(ref seen, 5); determinations = Items(ref r, t, Determination); }
            else if (property.SequenceEqual("publicity"u8)) { Once(ref seen, 6); publicity = Occurrence(ref Start(ref r)); }
            else if (property.SequenceEqual("committeeRated"u8)) { Once(ref seen, 7); rated = Occurrence(ref Start(ref r)); }
            else if (property.SequenceEqual("redoOrdered"u8)) { Once(ref seen, 8); redoOrdered = Occurrence(ref Start(ref r)); }
            else if (property.SequenceEqual("redone"u8)) { Once(ref seen, 9); redone = Occurrence(ref Start(ref r)); }
            else { throw Unrecognised(); }
        }

        return new EvaluationRecord
        {
            Steps = steps,
            BallotScale = scale,
            DeterminationUsedFourGrades = fourGrades,
            AssessmentResults = results,
            ExemptFromAssessment = exempt,
            Determinations = determinations,
            Publicity = publicity,
            CommitteeRated = rated,
            RedoOrdered = redoOrdered,
            Redone = redone,
        };
    }

    private static EvaluationStepRecord Step(ref StrictJsonScanner r, Utf8TextCache t)
    {
        Begin(ref r);
        EvaluationStep? step = null;
        LocalDate? date = null;
        var seen = 0;
        while (Property(ref r))
        {
            var property = r.ValueSpan;
            if (property.SequenceEqual("step"u8)) { Once(ref seen, 0); step = Enum<EvaluationStep>(ref Next(ref r)); }
            else if (property.SequenceEqual("date"u8)) { Once(ref seen, 1); date = Date(ref Next(ref r)); }
            else { throw Unrecognised(); }
        }

        return new EvaluationStepRecord(Required(step), date);
    }

    private static AssessmentResult AssessmentResult(ref StrictJsonScanner r, Utf8TextCache t)
    {
        Begin(ref r);
        MemberId? member = null;
        Grade? grade = null;
        var seen = 0;
        while (Property(ref r))
        {
            var property = r.ValueSpan;
            if (property.SequenceEqual("memberId"u8)) { Once(ref seen, 0); member = MemberId(ref Next(ref r), t); }
            else if (property.SequenceEqual("leadingGrade"u8)) { Once(ref seen, 1); grade = Enum<Grade>(ref Next(ref r)); }
            else { throw Unrecognised(); }
        }

        return new AssessmentResult { MemberId = Required(member), LeadingGrade = grade };
    }

    private static Determination Determination(ref StrictJsonScanner r, Utf8TextCache t)
    {
        Begin(ref r);
        MemberId? member = null;
        Grade? grade = null;
        string? reason = null;
        bool? feedback = null;
        ImmutableArray<GradeFollowUp>? followUps = null;
        var seen = 0;
        while (Property(ref r))
        {
            var property = r.ValueSpan;
            if (property.SequenceEqual("memberId"u8)) { Once(ref seen, 0); member = MemberId(ref Next(ref r), t); }
            else if (property.SequenceEqual("grade"u8)) { Once(ref seen, 1); grade = Enum<Grade>(ref Next(ref r)); }
            else if (property.SequenceEqual("reason"u8)) { Once(ref seen, 2); reason = Text(ref Next(ref r), t); }
            else if (property.SequenceEqual("feedbackGiven"u8)) { Once(ref seen, 3); feedback = Boolean(ref Next(ref r)); }
            else if (property.SequenceEqual("followUps"u8)) { Once(ref seen, 4); followUps = Items(ref r, t, EnumItem<GradeFollowUp>); }
            else { throw Unrecognised(); }
        }

        return new Determination { MemberId = Required(member), Grade = grade, Reason = reason, FeedbackGiven = feedback, FollowUps = followUps };
    }

    private static FollowUpRecord FollowUp(ref StrictJsonScanner r, Utf8TextCache t)
    {
        Occurrence? report = null, publicized = null, listFiled = null, rectificationFiled = null, resultsFiled = null, completion = null,
            briefed = null, archived = null;
        ImmutableArray<RectificationItem>? items = null;
        ImmutableArray<LocalDate>? progress = null;
        ImmutableArray<MemberCommitmentReport>? commitments = null;
        var seen = 0;
        while (Property(ref r))
        {
            var property = r.ValueSpan;
            if (property.SequenceEqual("reportSubmitted"u8)) { Once(ref seen, 0); report = Occurrence(ref Start(ref r)); }
            else if (property.SequenceEqual("rectificationItems"u8)) { Once(ref seen, 1); items = Items(ref r, t, RectificationItem); }
            else if (property.SequenceEqual("rectificationPublicized"u8)) { Once(ref seen, 2); publicized = Occurrence(ref Start(ref r)); }
            else if (property.SequenceEqual("branchProgressReports"u8)) { Once(ref seen, 3); progress = Items(ref r, t, DateItem); }
            else if (property.SequenceEqual("memberCommitmentReports"u8)) { Once(ref seen, 4); commitments = Items(ref r, t, CommitmentReport); }
            else if (property.SequenceEqual("problemListFiled"u8)) { Once(ref seen, 5); listFiled = Occurrence(ref Start(ref r)); }
            else if (property.SequenceEqual("rectificationListFiled"u8)) { Once(ref seen, 6); rectificationFiled = Occurrence(ref Start(ref r)); }
            else if (property.SequenceEqual("evaluationResultsFiled"u8)) { Once(ref seen, 7); resultsFiled = Occurrence(ref Start(ref r)); }
            else if (property.SequenceEqual("completionPublicized"u8)) { Once(ref seen, 8); completion = Occurrence(ref Start(ref r)); }
            else if (property.SequenceEqual("meetingBriefed"u8)) { Once(ref seen, 9); briefed = Occurrence(ref Start(ref r)); }
            else if (property.SequenceEqual("recordsArchived"u8)) { Once(ref seen, 10); archived = Occurrence(ref Start(ref r)); }
            else { throw Unrecognised(); }
        }

        return new FollowUpRecord
        {
            ReportSubmitted = report,
            RectificationItems = items,
            RectificationPublicized = publicized,
            BranchProgressReports = progress,
            MemberCommitmentReports = commitments,
            ProblemListFiled = listFiled,
            RectificationListFiled = rectificationFiled,
            EvaluationResultsFiled = resultsFiled,
            CompletionPublicized = completion,
            MeetingBriefed = briefed,
            RecordsArchived = archived,
        };
    }

    private static RectificationItem RectificationItem(ref StrictJsonScanner r, Utf8TextCache t)
    {
        Begin(ref r);
        string? id = null, matter = null, measures = null, responsible = null;
        LocalDate? deadline = null;
        var seen = 0;
        while (Property(ref r))
        {
            var property = r.ValueSpan;
            if (property.SequenceEqual("id"u8)) { Once(ref seen, 0); id = Text(ref Next(ref r), t); }
            else if (property.SequenceEqual("matter"u8)) { Once(ref seen, 1); matter = Text(ref Next(ref r), t); }
            else if (property.SequenceEqual("measures"u8)) { Once(ref seen, 2); measures = Text(ref Next(ref r), t); }
            else if (property.SequenceEqual("responsible"u8)) { Once(ref seen, 3); responsible = Text(ref Next(ref r), t); }
            else if (property.SequenceEqual("deadline"u8)) { Once(ref seen, 4); deadline = Date(ref Next(ref r)); }
            else { throw Unrecognised(); }
        }

        return new RectificationItem { Id = Present(id), Matter = matter, Measures = measures, Responsible = responsible, Deadline = deadline };
    }

    private static MemberCommitmentReport CommitmentReport(ref StrictJsonScanner r, Utf8TextCache t)
    {
        Begin(ref r);
        MemberId? member = null;
        LocalDate? date = null;
        var seen = 0;
        while (Property(ref r))
        {
            var property = r.ValueSpan;
            if (property.SequenceEqual("memberId"u8)) { Once(ref seen, 0); member = MemberId(ref Next(ref r), t); }
            else if (property.SequenceEqual("date"u8)) { Once(ref seen, 1); date = Date(ref Next(ref r)); }
            else { throw Unrecognised(); }
        }

        return new MemberCommitmentReport(Required(member), Required(date));
    }

    /// <summary>Moves to the next property of the object the reader is in: true at its name, false at the object's end.</summary>
    private static bool Property(ref StrictJsonScanner r)
    {
        if (!r.Read())
        {
            throw Unrecognised();
        }

        return r.TokenType switch
        {
            JsonTokenType.PropertyName => true,
            JsonTokenType.EndObject => false,
            _ => throw Unrecognised(),
        };
    }

    /// <summary>Moves to the property's value, which must not be null (a null is the reference's to name).</summary>
    private static ref StrictJsonScanner Next(ref StrictJsonScanner r)
    {
        if (!r.Read() || r.TokenType == JsonTokenType.Null)
        {
            throw Unrecognised();
        }

        return ref r;
    }

    /// <summary>Moves to the property's value, which must be an object.</summary>
    private static ref StrictJsonScanner Start(ref StrictJsonScanner r)
    {
        if (!r.Read() || r.TokenType != JsonTokenType.StartObject)
        {
            throw Unrecognised();
        }

        return ref r;
    }

    /// <summary>An array item must be an object where the reader stands.</summary>
    private static void Begin(ref StrictJsonScanner r)
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            throw Unrecognised();
        }
    }

    /// <summary>A repeated property is the reference's to name.</summary>
    private static void Once(ref int seen, int property)
    {
        var bit = 1 << property;
        if ((seen & bit) != 0)
        {
            throw Unrecognised();
        }

        seen |= bit;
    }

    /// <summary>A required value; an absent one is the reference's to name.</summary>
    private static T Required<T>(T? value)
        where T : struct
        => value ?? throw Unrecognised();

    private static T Present<T>(T? value)
        where T : class
        => value ?? throw Unrecognised();

    /// <summary>The property's value, an array read item by item.</summary>
    private static ImmutableArray<T> Items<T>(ref StrictJsonScanner r, Utf8TextCache t, ReadItem<T> read)
    {
        // The thread's builder for this item type, taken while in use (an item that held a list of its own type would
        // get a fresh one): a record's long lists (380 remarks) then cost one array of their length, not a growing series.
        var items = ScratchItems<T>.Builder ?? ImmutableArray.CreateBuilder<T>();
        ScratchItems<T>.Builder = null;
        try
        {
            for (var more = StartArray(ref r); more; more = NextItem(ref r))
            {
                items.Add(read(ref r, t));
            }

            return items.ToImmutable();
        }
        finally
        {
            items.Clear();
            ScratchItems<T>.Builder = items;
        }
    }

    private static string TextItem(ref StrictJsonScanner r, Utf8TextCache t) => Text(ref r, t);

    private static MemberId MemberIdItem(ref StrictJsonScanner r, Utf8TextCache t) => Required(MemberId(ref r, t));

    private static LocalDate DateItem(ref StrictJsonScanner r, Utf8TextCache t) => Date(ref r);

    private static TEnum EnumItem<TEnum>(ref StrictJsonScanner r, Utf8TextCache t)
        where TEnum : struct, System.Enum
        => Enum<TEnum>(ref r);

    /// <summary>Text; an escaped string is decoded as the serializer's converter decodes it.</summary>
    private static string Text(ref StrictJsonScanner r, Utf8TextCache t)
    {
        if (r.TokenType != JsonTokenType.String)
        {
            throw Unrecognised();
        }

        return r.ValueIsEscaped ? r.GetString() : t.Text(r.ValueSpan);
    }

    /// <summary>A member ID; text that is not a valid ID is the reference's to name.</summary>
    private static MemberId? MemberId(ref StrictJsonScanner r, Utf8TextCache t)
    {
        if (r.TokenType != JsonTokenType.String)
        {
            throw Unrecognised();
        }

        if (r.ValueIsEscaped)
        {
            return Ids.MemberId.TryParse(r.GetString(), null, out var id) ? id : throw Unrecognised();
        }

        return t.MemberId(r.ValueSpan) ?? throw Unrecognised();
    }

    private static bool Boolean(ref StrictJsonScanner r) => r.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw Unrecognised(),
    };

    /// <summary>A year for <c>forYear</c>: an integer from 1 to 9999, as the reference accepts.</summary>
    private static int Year(ref StrictJsonScanner r)
        => r.TokenType == JsonTokenType.Number && r.TryGetInt32(out var year) && year is >= 1 and <= 9999 ? year : throw Unrecognised();

    /// <summary>A date written <c>yyyy-MM-dd</c> within <see cref="SupportedDates"/>, read from its ten bytes.</summary>
    private static LocalDate Date(ref StrictJsonScanner r)
    {
        if (r.TokenType != JsonTokenType.String || r.ValueIsEscaped)
        {
            throw Unrecognised();
        }

        var text = r.ValueSpan;
        return text.Length == 10 ? DateOf(text) : throw Unrecognised();
    }

    /// <summary>A local date and time written <c>yyyy-MM-ddTHH:mm:ss</c> or <c>yyyy-MM-ddTHH:mm</c>, read from its bytes.</summary>
    private static LocalDateTime DateTime(ref StrictJsonScanner r)
    {
        if (r.TokenType != JsonTokenType.String || r.ValueIsEscaped)
        {
            throw Unrecognised();
        }

        var text = r.ValueSpan;
        if ((text.Length != 16 && text.Length != 19) || text[10] != (byte)'T' || text[13] != (byte)':')
        {
            throw Unrecognised();
        }

        var date = DateOf(text[..10]);
        var hour = Digits(text.Slice(11, 2));
        var minute = Digits(text.Slice(14, 2));
        var second = 0;
        if (text.Length == 19)
        {
            second = text[16] == (byte)':' ? Digits(text.Slice(17, 2)) : throw Unrecognised();
        }

        return hour <= 23 && minute <= 59 && second <= 59 ? date + new LocalTime(hour, minute, second) : throw Unrecognised();
    }

    private static LocalDate DateOf(ReadOnlySpan<byte> text)
    {
        if (text[4] != (byte)'-' || text[7] != (byte)'-')
        {
            throw Unrecognised();
        }

        var year = Digits(text[..4]);
        var month = Digits(text.Slice(5, 2));
        var day = Digits(text.Slice(8, 2));
        if (year < SupportedDates.First.Year || year > SupportedDates.Last.Year || month is < 1 or > 12
            || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            throw Unrecognised();
        }

        return new LocalDate(year, month, day);
    }

    /// <summary>The number the ASCII digits spell; anything else is the reference's to name.</summary>
    private static int Digits(ReadOnlySpan<byte> text)
    {
        var value = 0;
        foreach (var b in text)
        {
            var digit = b - (byte)'0';
            if ((uint)digit > 9)
            {
                throw Unrecognised();
            }

            value = (value * 10) + digit;
        }

        return value;
    }

    /// <summary>An enum value by its camelCase name, matched on the bytes.</summary>
    private static TEnum Enum<TEnum>(ref StrictJsonScanner r)
        where TEnum : struct, System.Enum
    {
        if (r.TokenType == JsonTokenType.String && !r.ValueIsEscaped)
        {
            var value = r.ValueSpan;
            var names = EnumNames<TEnum>.Utf8;
            for (var i = 0; i < names.Length; i++)
            {
                if (value.SequenceEqual(names[i]))
                {
                    return EnumNames<TEnum>.Values[i];
                }
            }
        }

        throw Unrecognised();
    }

    /// <summary>The roles, listed as an array of names, combined as the mapper combines them.</summary>
    private static BranchRoles Roles(ref StrictJsonScanner r)
    {
        var all = BranchRoles.None;
        for (var more = StartArray(ref r); more; more = NextItem(ref r))
        {
            all |= Enum<BranchRoles>(ref r);
        }

        return all;
    }

    /// <summary>The circumstances, listed as an array of names (none listed: none recorded), combined as the mapper combines them.</summary>
    private static MemberCircumstances Circumstances(ref StrictJsonScanner r)
    {
        var all = MemberCircumstances.None;
        for (var more = StartArray(ref r); more; more = NextItem(ref r))
        {
            all |= Enum<MemberCircumstances>(ref r);
        }

        return all;
    }

    /// <summary>Moves into the property's value, which must be an array: true at its first item, false when it is empty.</summary>
    private static bool StartArray(ref StrictJsonScanner r)
    {
        if (!r.Read() || r.TokenType != JsonTokenType.StartArray)
        {
            throw Unrecognised();
        }

        return NextItem(ref r);
    }

    /// <summary>Moves to the array's next item: true at it (a null is the reference's to name), false at the array's end.</summary>
    private static bool NextItem(ref StrictJsonScanner r)
    {
        if (!r.Read() || r.TokenType == JsonTokenType.Null)
        {
            throw Unrecognised();
        }

        return r.TokenType != JsonTokenType.EndArray;
    }

    /// <summary>Per item type and thread: the builder <see cref="Items{T}"/> reuses.</summary>
    private static class ScratchItems<T>
    {
        [ThreadStatic]
        public static ImmutableArray<T>.Builder? Builder;
    }

    /// <summary>Per enum type: the values and their camelCase names (<see cref="CamelCaseEnumConverter{TEnum}.NameOf"/>) as UTF-8.</summary>
    private static class EnumNames<TEnum>
        where TEnum : struct, System.Enum
    {
        public static readonly TEnum[] Values = System.Enum.GetValues<TEnum>();

        public static readonly byte[][] Utf8 = [.. Values.Select(v => System.Text.Encoding.UTF8.GetBytes(CamelCaseEnumConverter<TEnum>.NameOf(v)))];
    }

    /// <summary>The input is not one this path recognises: the reference reads it.</summary>
    private static JsonException Unrecognised() => new("not a record the fast path recognises");
}
