using System.Text.Json;
using NodaTime;
using OrgLife.Branches;
using OrgLife.Evaluation;
using OrgLife.Grades;
using OrgLife.Json.Converters;
using OrgLife.Json.Dto;
using OrgLife.Meetings;
using OrgLife.Members;

namespace OrgLife.Json;

/// <summary>
/// The fast path of <see cref="RecordReader"/>: one <see cref="Utf8JsonReader"/> pass from the record's UTF-8 bytes to
/// its DTOs, without System.Text.Json's serializer machinery (read stack, property cache, converter dispatch), each
/// value converted by the very converters the serializer uses. It recognises only well-formed records: on anything
/// else (malformed JSON, an unknown or repeated property, a null, a value of the wrong kind or that does not convert)
/// it gives up and the serializer, the plain reference, reads the record and words the error, so results and errors
/// are exactly the reference's (RecordReaderFastPathProperties binds the two).
/// </summary>
internal static class FastRecordReader
{
    private static readonly JsonSerializerOptions Options = RecordJsonContext.Default.Options;
    private static readonly TextConverter Texts = new();
    private static readonly BooleanConverter Booleans = new();
    private static readonly LocalDateConverter Dates = new();
    private static readonly LocalDateTimeConverter DateTimes = new();

    private delegate T ReadValue<T>(ref Utf8JsonReader reader);

    /// <summary>The record's DTOs, or null when the input is not a record this path recognises (the reference reads it).</summary>
    /// <param name="utf8Json">The record, UTF-8 checked, without a byte-order mark.</param>
    public static BranchRecordDto? TryRead(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 16 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            var record = Record(ref reader);
            // Anything after the record is the reference's to name.
            return reader.Read() ? null : record;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    private static BranchRecordDto Record(ref Utf8JsonReader r)
    {
        Begin(ref r);
        var dto = new BranchRecordDto();
        var seen = 0;
        while (Property(ref r))
        {
            if (r.ValueTextEquals("branch"u8)) { Once(ref seen, 0); dto.Branch = Value(ref r, Branch); }
            else if (r.ValueTextEquals("preparation"u8)) { Once(ref seen, 1); dto.Preparation = Value(ref r, Preparation); }
            else if (r.ValueTextEquals("meeting"u8)) { Once(ref seen, 2); dto.Meeting = Value(ref r, Meeting); }
            else if (r.ValueTextEquals("evaluation"u8)) { Once(ref seen, 3); dto.Evaluation = Value(ref r, Evaluation); }
            else if (r.ValueTextEquals("followUp"u8)) { Once(ref seen, 4); dto.FollowUp = Value(ref r, FollowUp); }
            else if (r.ValueTextEquals("earlierMeetingDates"u8)) { Once(ref seen, 5); dto.EarlierMeetingDates = Items(ref r, Date); }
            else { throw Unrecognised(); }
        }

        return dto;
    }

    private static BranchDto Branch(ref Utf8JsonReader r)
    {
        Begin(ref r);
        var dto = new BranchDto();
        var seen = 0;
        while (Property(ref r))
        {
            if (r.ValueTextEquals("id"u8)) { Once(ref seen, 0); dto.Id = Value(ref r, Text); }
            else if (r.ValueTextEquals("name"u8)) { Once(ref seen, 1); dto.Name = Value(ref r, Text); }
            else if (r.ValueTextEquals("kind"u8)) { Once(ref seen, 2); dto.Kind = Value(ref r, EnumValue<BranchKind>); }
            else if (r.ValueTextEquals("hasCommittee"u8)) { Once(ref seen, 3); dto.HasCommittee = Value(ref r, Boolean); }
            else if (r.ValueTextEquals("timeZone"u8)) { Once(ref seen, 4); dto.TimeZone = Value(ref r, Text); }
            else if (r.ValueTextEquals("members"u8)) { Once(ref seen, 5); dto.Members = Items(ref r, Member); }
            else if (r.ValueTextEquals("partyGroups"u8)) { Once(ref seen, 6); dto.PartyGroups = Items(ref r, PartyGroup); }
            else if (r.ValueTextEquals("organizationPath"u8)) { Once(ref seen, 7); dto.OrganizationPath = Items(ref r, Text); }
            else { throw Unrecognised(); }
        }

        return dto;
    }

    private static MemberDto Member(ref Utf8JsonReader r)
    {
        Begin(ref r);
        var dto = new MemberDto();
        var seen = 0;
        while (Property(ref r))
        {
            if (r.ValueTextEquals("id"u8)) { Once(ref seen, 0); dto.Id = Value(ref r, Text); }
            else if (r.ValueTextEquals("name"u8)) { Once(ref seen, 1); dto.Name = Value(ref r, Text); }
            else if (r.ValueTextEquals("status"u8)) { Once(ref seen, 2); dto.Status = Value(ref r, EnumValue<MembershipStatus>); }
            else if (r.ValueTextEquals("roles"u8)) { Once(ref seen, 3); dto.Roles = Items(ref r, EnumValue<BranchRoles>); }
            else if (r.ValueTextEquals("onProbationWithinParty"u8)) { Once(ref seen, 4); dto.OnProbationWithinParty = Value(ref r, Boolean); }
            else if (r.ValueTextEquals("circumstances"u8)) { Once(ref seen, 5); dto.Circumstances = Items(ref r, EnumValue<MemberCircumstances>); }
            else if (r.ValueTextEquals("isLeadingCadre"u8)) { Once(ref seen, 6); dto.IsLeadingCadre = Value(ref r, Boolean); }
            else if (r.ValueTextEquals("attendedDemocraticLifeMeetingThisYear"u8)) { Once(ref seen, 7); dto.AttendedDemocraticLifeMeetingThisYear = Value(ref r, Boolean); }
            else if (r.ValueTextEquals("attendanceExclusion"u8)) { Once(ref seen, 8); dto.AttendanceExclusion = Value(ref r, AttendanceExclusion); }
            else { throw Unrecognised(); }
        }

        return dto;
    }

    private static AttendanceExclusionDto AttendanceExclusion(ref Utf8JsonReader r)
    {
        Begin(ref r);
        var dto = new AttendanceExclusionDto();
        var seen = 0;
        while (Property(ref r))
        {
            if (r.ValueTextEquals("reason"u8)) { Once(ref seen, 0); dto.Reason = Value(ref r, EnumValue<AttendanceExclusionReason>); }
            else if (r.ValueTextEquals("note"u8)) { Once(ref seen, 1); dto.Note = Value(ref r, Text); }
            else { throw Unrecognised(); }
        }

        return dto;
    }

    private static PartyGroupDto PartyGroup(ref Utf8JsonReader r)
    {
        Begin(ref r);
        var dto = new PartyGroupDto();
        var seen = 0;
        while (Property(ref r))
        {
            if (r.ValueTextEquals("id"u8)) { Once(ref seen, 0); dto.Id = Value(ref r, Text); }
            else if (r.ValueTextEquals("name"u8)) { Once(ref seen, 1); dto.Name = Value(ref r, Text); }
            else if (r.ValueTextEquals("memberIds"u8)) { Once(ref seen, 2); dto.MemberIds = Items(ref r, Text); }
            else if (r.ValueTextEquals("leaderId"u8)) { Once(ref seen, 3); dto.LeaderId = Value(ref r, Text); }
            else { throw Unrecognised(); }
        }

        return dto;
    }

    private static PreparationDto Preparation(ref Utf8JsonReader r)
    {
        Begin(ref r);
        var dto = new PreparationDto();
        var seen = 0;
        while (Property(ref r))
        {
            if (r.ValueTextEquals("studySession"u8)) { Once(ref seen, 0); dto.StudySession = Value(ref r, Occurrence); }
            else if (r.ValueTextEquals("opinionsSolicited"u8)) { Once(ref seen, 1); dto.OpinionsSolicited = Value(ref r, Occurrence); }
            else if (r.ValueTextEquals("talks"u8)) { Once(ref seen, 2); dto.Talks = Items(ref r, Talk); }
            else if (r.ValueTextEquals("memberNotice"u8)) { Once(ref seen, 3); dto.MemberNotice = Value(ref r, Occurrence); }
            else if (r.ValueTextEquals("superiorNotice"u8)) { Once(ref seen, 4); dto.SuperiorNotice = Value(ref r, Occurrence); }
            else if (r.ValueTextEquals("planSubmitted"u8)) { Once(ref seen, 5); dto.PlanSubmitted = Value(ref r, Occurrence); }
            else if (r.ValueTextEquals("committeeProblemList"u8)) { Once(ref seen, 6); dto.CommitteeProblemList = Value(ref r, Occurrence); }
            else if (r.ValueTextEquals("memberProblemLists"u8)) { Once(ref seen, 7); dto.MemberProblemLists = Items(ref r, Text); }
            else if (r.ValueTextEquals("speechOutlinesWritten"u8)) { Once(ref seen, 8); dto.SpeechOutlinesWritten = Value(ref r, Occurrence); }
            else if (r.ValueTextEquals("speechOutlinesReviewed"u8)) { Once(ref seen, 9); dto.SpeechOutlinesReviewed = Value(ref r, Occurrence); }
            else if (r.ValueTextEquals("opinionsFedBack"u8)) { Once(ref seen, 10); dto.OpinionsFedBack = Value(ref r, Occurrence); }
            else if (r.ValueTextEquals("opinionsReportedToSuperior"u8)) { Once(ref seen, 11); dto.OpinionsReportedToSuperior = Value(ref r, Occurrence); }
            else { throw Unrecognised(); }
        }

        return dto;
    }

    private static TalkDto Talk(ref Utf8JsonReader r)
    {
        Begin(ref r);
        var dto = new TalkDto();
        var seen = 0;
        while (Property(ref r))
        {
            if (r.ValueTextEquals("first"u8)) { Once(ref seen, 0); dto.First = Value(ref r, Text); }
            else if (r.ValueTextEquals("second"u8)) { Once(ref seen, 1); dto.Second = Value(ref r, Text); }
            else if (r.ValueTextEquals("date"u8)) { Once(ref seen, 2); dto.Date = Value(ref r, Date); }
            else { throw Unrecognised(); }
        }

        return dto;
    }

    private static OccurrenceDto Occurrence(ref Utf8JsonReader r)
    {
        Begin(ref r);
        var dto = new OccurrenceDto();
        var seen = 0;
        while (Property(ref r))
        {
            if (r.ValueTextEquals("happened"u8)) { Once(ref seen, 0); dto.Happened = Value(ref r, Boolean); }
            else if (r.ValueTextEquals("date"u8)) { Once(ref seen, 1); dto.Date = Value(ref r, Date); }
            else { throw Unrecognised(); }
        }

        return dto;
    }

    private static MeetingDto Meeting(ref Utf8JsonReader r)
    {
        Begin(ref r);
        var dto = new MeetingDto();
        var seen = 0;
        while (Property(ref r))
        {
            if (r.ValueTextEquals("kind"u8)) { Once(ref seen, 0); dto.Kind = Value(ref r, EnumValue<MeetingKind>); }
            else if (r.ValueTextEquals("form"u8)) { Once(ref seen, 1); dto.Form = Value(ref r, EnumValue<MeetingForm>); }
            else if (r.ValueTextEquals("isThematic"u8)) { Once(ref seen, 2); dto.IsThematic = Value(ref r, Boolean); }
            else if (r.ValueTextEquals("date"u8)) { Once(ref seen, 3); dto.Date = Value(ref r, Date); }
            else if (r.ValueTextEquals("start"u8)) { Once(ref seen, 4); dto.Start = Value(ref r, DateTimeValue); }
            else if (r.ValueTextEquals("end"u8)) { Once(ref seen, 5); dto.End = Value(ref r, DateTimeValue); }
            else if (r.ValueTextEquals("chairId"u8)) { Once(ref seen, 6); dto.ChairId = Value(ref r, Text); }
            else if (r.ValueTextEquals("attendance"u8)) { Once(ref seen, 7); dto.Attendance = Items(ref r, Attendance); }
            else if (r.ValueTextEquals("parts"u8)) { Once(ref seen, 8); dto.Parts = Items(ref r, Part); }
            else if (r.ValueTextEquals("agenda"u8)) { Once(ref seen, 9); dto.Agenda = Items(ref r, EnumValue<AgendaStep>); }
            else if (r.ValueTextEquals("selfExaminationOrder"u8)) { Once(ref seen, 10); dto.SelfExaminationOrder = Items(ref r, Text); }
            else if (r.ValueTextEquals("remarks"u8)) { Once(ref seen, 11); dto.Remarks = Items(ref r, Remark); }
            else if (r.ValueTextEquals("superiorRepresentativeAttended"u8)) { Once(ref seen, 12); dto.SuperiorRepresentativeAttended = Value(ref r, Boolean); }
            else if (r.ValueTextEquals("superiorGuidance"u8)) { Once(ref seen, 13); dto.SuperiorGuidance = Value(ref r, Guidance); }
            else if (r.ValueTextEquals("isOnline"u8)) { Once(ref seen, 14); dto.IsOnline = Value(ref r, Boolean); }
            else if (r.ValueTextEquals("minutesKept"u8)) { Once(ref seen, 15); dto.MinutesKept = Value(ref r, Boolean); }
            else if (r.ValueTextEquals("evaluationSplitIntoPartyGroups"u8)) { Once(ref seen, 16); dto.EvaluationSplitIntoPartyGroups = Value(ref r, Boolean); }
            else if (r.ValueTextEquals("forYear"u8)) { Once(ref seen, 17); dto.ForYear = Value(ref r, Int32); }
            else if (r.ValueTextEquals("postponement"u8)) { Once(ref seen, 18); dto.Postponement = Value(ref r, Postponement); }
            else { throw Unrecognised(); }
        }

        return dto;
    }

    private static AttendanceEntryDto Attendance(ref Utf8JsonReader r)
    {
        Begin(ref r);
        var dto = new AttendanceEntryDto();
        var seen = 0;
        while (Property(ref r))
        {
            if (r.ValueTextEquals("memberId"u8)) { Once(ref seen, 0); dto.MemberId = Value(ref r, Text); }
            else if (r.ValueTextEquals("present"u8)) { Once(ref seen, 1); dto.Present = Value(ref r, Boolean); }
            else if (r.ValueTextEquals("participatedBy"u8)) { Once(ref seen, 2); dto.ParticipatedBy = Value(ref r, EnumValue<ParticipationMode>); }
            else if (r.ValueTextEquals("sitsIn"u8)) { Once(ref seen, 3); dto.SitsIn = Value(ref r, Boolean); }
            else if (r.ValueTextEquals("leaveRequestedInAdvance"u8)) { Once(ref seen, 4); dto.LeaveRequestedInAdvance = Value(ref r, Boolean); }
            else if (r.ValueTextEquals("writtenStatementEntered"u8)) { Once(ref seen, 5); dto.WrittenStatementEntered = Value(ref r, Boolean); }
            else if (r.ValueTextEquals("briefedAfterwards"u8)) { Once(ref seen, 6); dto.BriefedAfterwards = Value(ref r, Boolean); }
            else { throw Unrecognised(); }
        }

        return dto;
    }

    private static MeetingPartDto Part(ref Utf8JsonReader r)
    {
        Begin(ref r);
        var dto = new MeetingPartDto();
        var seen = 0;
        while (Property(ref r))
        {
            if (r.ValueTextEquals("part"u8)) { Once(ref seen, 0); dto.Part = Value(ref r, EnumValue<MeetingPartKind>); }
            else if (r.ValueTextEquals("groupId"u8)) { Once(ref seen, 1); dto.GroupId = Value(ref r, Text); }
            else if (r.ValueTextEquals("attendance"u8)) { Once(ref seen, 2); dto.Attendance = Items(ref r, Attendance); }
            else { throw Unrecognised(); }
        }

        return dto;
    }

    private static RemarkDto Remark(ref Utf8JsonReader r)
    {
        Begin(ref r);
        var dto = new RemarkDto();
        var seen = 0;
        while (Property(ref r))
        {
            if (r.ValueTextEquals("fromMemberId"u8)) { Once(ref seen, 0); dto.FromMemberId = Value(ref r, Text); }
            else if (r.ValueTextEquals("toMemberId"u8)) { Once(ref seen, 1); dto.ToMemberId = Value(ref r, Text); }
            else if (r.ValueTextEquals("kind"u8)) { Once(ref seen, 2); dto.Kind = Value(ref r, EnumValue<RemarkKind>); }
            else { throw Unrecognised(); }
        }

        return dto;
    }

    private static SuperiorGuidanceDto Guidance(ref Utf8JsonReader r)
    {
        Begin(ref r);
        var dto = new SuperiorGuidanceDto();
        var seen = 0;
        while (Property(ref r))
        {
            if (r.ValueTextEquals("representativeName"u8)) { Once(ref seen, 0); dto.RepresentativeName = Value(ref r, Text); }
            else if (r.ValueTextEquals("isTownshipOrStreetLeader"u8)) { Once(ref seen, 1); dto.IsTownshipOrStreetLeader = Value(ref r, Boolean); }
            else if (r.ValueTextEquals("commented"u8)) { Once(ref seen, 2); dto.Commented = Value(ref r, Boolean); }
            else { throw Unrecognised(); }
        }

        return dto;
    }

    private static PostponementDto Postponement(ref Utf8JsonReader r)
    {
        Begin(ref r);
        var dto = new PostponementDto();
        var seen = 0;
        while (Property(ref r))
        {
            if (r.ValueTextEquals("newDeadline"u8)) { Once(ref seen, 0); dto.NewDeadline = Value(ref r, Date); }
            else if (r.ValueTextEquals("approvedOn"u8)) { Once(ref seen, 1); dto.ApprovedOn = Value(ref r, Date); }
            else { throw Unrecognised(); }
        }

        return dto;
    }

    private static EvaluationDto Evaluation(ref Utf8JsonReader r)
    {
        Begin(ref r);
        var dto = new EvaluationDto();
        var seen = 0;
        while (Property(ref r))
        {
            if (r.ValueTextEquals("steps"u8)) { Once(ref seen, 0); dto.Steps = Items(ref r, Step); }
            else if (r.ValueTextEquals("ballotScale"u8)) { Once(ref seen, 1); dto.BallotScale = Value(ref r, EnumValue<AssessmentScale>); }
            else if (r.ValueTextEquals("determinationUsedFourGrades"u8)) { Once(ref seen, 2); dto.DeterminationUsedFourGrades = Value(ref r, Boolean); }
            else if (r.ValueTextEquals("assessmentResults"u8)) { Once(ref seen, 3); dto.AssessmentResults = Items(ref r, AssessmentResult); }
            else if (r.ValueTextEquals("exemptFromAssessment"u8)) { Once(ref seen, 4); dto.ExemptFromAssessment = Items(ref r, Text); }
            else if (r.ValueTextEquals("determinations"u8)) { Once(ref seen, 5); dto.Determinations = Items(ref r, Determination); }
            else if (r.ValueTextEquals("publicity"u8)) { Once(ref seen, 6); dto.Publicity = Value(ref r, Occurrence); }
            else if (r.ValueTextEquals("committeeRated"u8)) { Once(ref seen, 7); dto.CommitteeRated = Value(ref r, Occurrence); }
            else if (r.ValueTextEquals("redoOrdered"u8)) { Once(ref seen, 8); dto.RedoOrdered = Value(ref r, Occurrence); }
            else if (r.ValueTextEquals("redone"u8)) { Once(ref seen, 9); dto.Redone = Value(ref r, Occurrence); }
            else { throw Unrecognised(); }
        }

        return dto;
    }

    private static EvaluationStepDto Step(ref Utf8JsonReader r)
    {
        Begin(ref r);
        var dto = new EvaluationStepDto();
        var seen = 0;
        while (Property(ref r))
        {
            if (r.ValueTextEquals("step"u8)) { Once(ref seen, 0); dto.Step = Value(ref r, EnumValue<EvaluationStep>); }
            else if (r.ValueTextEquals("date"u8)) { Once(ref seen, 1); dto.Date = Value(ref r, Date); }
            else { throw Unrecognised(); }
        }

        return dto;
    }

    private static AssessmentResultDto AssessmentResult(ref Utf8JsonReader r)
    {
        Begin(ref r);
        var dto = new AssessmentResultDto();
        var seen = 0;
        while (Property(ref r))
        {
            if (r.ValueTextEquals("memberId"u8)) { Once(ref seen, 0); dto.MemberId = Value(ref r, Text); }
            else if (r.ValueTextEquals("leadingGrade"u8)) { Once(ref seen, 1); dto.LeadingGrade = Value(ref r, EnumValue<Grade>); }
            else { throw Unrecognised(); }
        }

        return dto;
    }

    private static DeterminationDto Determination(ref Utf8JsonReader r)
    {
        Begin(ref r);
        var dto = new DeterminationDto();
        var seen = 0;
        while (Property(ref r))
        {
            if (r.ValueTextEquals("memberId"u8)) { Once(ref seen, 0); dto.MemberId = Value(ref r, Text); }
            else if (r.ValueTextEquals("grade"u8)) { Once(ref seen, 1); dto.Grade = Value(ref r, EnumValue<Grade>); }
            else if (r.ValueTextEquals("reason"u8)) { Once(ref seen, 2); dto.Reason = Value(ref r, Text); }
            else if (r.ValueTextEquals("feedbackGiven"u8)) { Once(ref seen, 3); dto.FeedbackGiven = Value(ref r, Boolean); }
            else if (r.ValueTextEquals("followUps"u8)) { Once(ref seen, 4); dto.FollowUps = Items(ref r, EnumValue<GradeFollowUp>); }
            else { throw Unrecognised(); }
        }

        return dto;
    }

    private static FollowUpDto FollowUp(ref Utf8JsonReader r)
    {
        Begin(ref r);
        var dto = new FollowUpDto();
        var seen = 0;
        while (Property(ref r))
        {
            if (r.ValueTextEquals("reportSubmitted"u8)) { Once(ref seen, 0); dto.ReportSubmitted = Value(ref r, Occurrence); }
            else if (r.ValueTextEquals("rectificationItems"u8)) { Once(ref seen, 1); dto.RectificationItems = Items(ref r, RectificationItem); }
            else if (r.ValueTextEquals("rectificationPublicized"u8)) { Once(ref seen, 2); dto.RectificationPublicized = Value(ref r, Occurrence); }
            else if (r.ValueTextEquals("branchProgressReports"u8)) { Once(ref seen, 3); dto.BranchProgressReports = Items(ref r, Date); }
            else if (r.ValueTextEquals("memberCommitmentReports"u8)) { Once(ref seen, 4); dto.MemberCommitmentReports = Items(ref r, CommitmentReport); }
            else if (r.ValueTextEquals("problemListFiled"u8)) { Once(ref seen, 5); dto.ProblemListFiled = Value(ref r, Occurrence); }
            else if (r.ValueTextEquals("rectificationListFiled"u8)) { Once(ref seen, 6); dto.RectificationListFiled = Value(ref r, Occurrence); }
            else if (r.ValueTextEquals("evaluationResultsFiled"u8)) { Once(ref seen, 7); dto.EvaluationResultsFiled = Value(ref r, Occurrence); }
            else if (r.ValueTextEquals("completionPublicized"u8)) { Once(ref seen, 8); dto.CompletionPublicized = Value(ref r, Occurrence); }
            else if (r.ValueTextEquals("meetingBriefed"u8)) { Once(ref seen, 9); dto.MeetingBriefed = Value(ref r, Occurrence); }
            else if (r.ValueTextEquals("recordsArchived"u8)) { Once(ref seen, 10); dto.RecordsArchived = Value(ref r, Occurrence); }
            else { throw Unrecognised(); }
        }

        return dto;
    }

    private static RectificationItemDto RectificationItem(ref Utf8JsonReader r)
    {
        Begin(ref r);
        var dto = new RectificationItemDto();
        var seen = 0;
        while (Property(ref r))
        {
            if (r.ValueTextEquals("id"u8)) { Once(ref seen, 0); dto.Id = Value(ref r, Text); }
            else if (r.ValueTextEquals("matter"u8)) { Once(ref seen, 1); dto.Matter = Value(ref r, Text); }
            else if (r.ValueTextEquals("measures"u8)) { Once(ref seen, 2); dto.Measures = Value(ref r, Text); }
            else if (r.ValueTextEquals("responsible"u8)) { Once(ref seen, 3); dto.Responsible = Value(ref r, Text); }
            else if (r.ValueTextEquals("deadline"u8)) { Once(ref seen, 4); dto.Deadline = Value(ref r, Date); }
            else { throw Unrecognised(); }
        }

        return dto;
    }

    private static MemberCommitmentReportDto CommitmentReport(ref Utf8JsonReader r)
    {
        Begin(ref r);
        var dto = new MemberCommitmentReportDto();
        var seen = 0;
        while (Property(ref r))
        {
            if (r.ValueTextEquals("memberId"u8)) { Once(ref seen, 0); dto.MemberId = Value(ref r, Text); }
            else if (r.ValueTextEquals("date"u8)) { Once(ref seen, 1); dto.Date = Value(ref r, Date); }
            else { throw Unrecognised(); }
        }

        return dto;
    }

    /// <summary>Moves to the next property of the object the reader is in: true at its name, false at the object's end.</summary>
    private static bool Property(ref Utf8JsonReader r)
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

    /// <summary>An object must begin where the reader stands; anything else is the reference's to name.</summary>
    private static void Begin(ref Utf8JsonReader r)
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

    /// <summary>The property's value: an object read by <paramref name="read"/>, or a converted scalar; null is the reference's.</summary>
    private static T Value<T>(ref Utf8JsonReader r, ReadValue<T> read)
    {
        if (!r.Read() || r.TokenType is JsonTokenType.Null or JsonTokenType.StartArray)
        {
            throw Unrecognised();
        }

        return read(ref r);
    }

    private static T[] Items<T>(ref Utf8JsonReader r, ReadValue<T> read)
    {
        if (!r.Read() || r.TokenType != JsonTokenType.StartArray)
        {
            throw Unrecognised();
        }

        var items = new List<T>();
        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
        {
            if (r.TokenType is JsonTokenType.Null or JsonTokenType.StartArray)
            {
                throw Unrecognised();
            }

            items.Add(read(ref r));
        }

        return [.. items];
    }

    private static string Text(ref Utf8JsonReader r) => Texts.Read(ref r, typeof(string), Options);

    private static bool? Boolean(ref Utf8JsonReader r) => Booleans.Read(ref r, typeof(bool), Options);

    private static LocalDate? Date(ref Utf8JsonReader r) => Dates.Read(ref r, typeof(LocalDate), Options);

    private static LocalDateTime? DateTimeValue(ref Utf8JsonReader r) => DateTimes.Read(ref r, typeof(LocalDateTime), Options);

    private static int? Int32(ref Utf8JsonReader r) => r.TokenType == JsonTokenType.Number && r.TryGetInt32(out var value) ? value : throw Unrecognised();

    /// <summary>An enum value: an unescaped name matched on its bytes (no string made), anything else by the serializer's converter.</summary>
    private static TEnum? EnumValue<TEnum>(ref Utf8JsonReader r)
        where TEnum : struct, System.Enum
    {
        if (r.TokenType == JsonTokenType.String && !r.ValueIsEscaped && !r.HasValueSequence)
        {
            var names = EnumNames<TEnum>.Utf8;
            for (var i = 0; i < names.Length; i++)
            {
                if (r.ValueSpan.SequenceEqual(names[i]))
                {
                    return EnumNames<TEnum>.Values[i];
                }
            }
        }

        return EnumNames<TEnum>.Converter.Read(ref r, typeof(TEnum), Options);
    }

    /// <summary>Per enum type: the serializer's converter, and the same names (<see cref="CamelCaseEnumConverter{TEnum}.NameOf"/>) as UTF-8.</summary>
    private static class EnumNames<TEnum>
        where TEnum : struct, System.Enum
    {
        public static readonly CamelCaseEnumConverter<TEnum> Converter = new();

        public static readonly TEnum[] Values = System.Enum.GetValues<TEnum>();

        public static readonly byte[][] Utf8 = [.. Values.Select(v => System.Text.Encoding.UTF8.GetBytes(CamelCaseEnumConverter<TEnum>.NameOf(v)))];
    }

    /// <summary>The input is not one this path recognises: the reference reads it.</summary>
    private static JsonException Unrecognised() => new("not a record the fast path recognises");
}
