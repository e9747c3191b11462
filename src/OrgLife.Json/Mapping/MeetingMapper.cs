using OrgLife.Json.Dto;
using OrgLife.Ids;
using OrgLife.Meetings;

namespace OrgLife.Json.Mapping;

/// <summary>Maps <c>meeting</c>: kind, form, times, attendance, agenda, criticism and guidance.</summary>
internal static class MeetingMapper
{
    public static Meeting ToDomain(MeetingDto dto, string path)
    {
        Map.RejectUnknown(dto, path);
        var kind = Map.Value(dto.Kind, Map.Child(path, "kind"), "\"organizationalLife\" or \"democraticLife\"");
        var attendance = Map.Objects(dto.Attendance, Map.Child(path, "attendance"), ToAttendance);
        var parts = Map.Objects(dto.Parts, Map.Child(path, "parts"), ToPart);
        var agenda = Map.Values(dto.Agenda, Map.Child(path, "agenda"), "an agenda step such as \"workReport\"");
        var order = Map.MemberIds(dto.SelfExaminationOrder, Map.Child(path, "selfExaminationOrder"));
        var remarks = Map.Objects(dto.Remarks, Map.Child(path, "remarks"), ToRemark);
        var guidance = dto.SuperiorGuidance is { } g ? ToGuidance(g, Map.Child(path, "superiorGuidance")) : null;
        var chair = Map.OptionalMemberId(dto.ChairId, Map.Child(path, "chairId"));
        var postponement = dto.Postponement is { } p ? ToPostponement(p, Map.Child(path, "postponement")) : null;
        var forYear = dto.ForYear is null or (>= 1 and <= 9999)
            ? dto.ForYear
            : throw new RecordFormatException(Map.Child(path, "forYear"), $"expected a year from 1 to 9999, found {dto.ForYear}");

        // Only End can fail here (before Start); name it rather than the whole meeting.
        return Map.Build(Map.Child(path, "end"), () => new Meeting
        {
            Kind = kind,
            Form = dto.Form,
            IsThematic = dto.IsThematic,
            Date = dto.Date,
            Start = dto.Start,
            End = dto.End,
            ChairId = chair,
            Attendance = attendance,
            Parts = parts,
            Agenda = agenda,
            SelfExaminationOrder = order,
            Remarks = remarks,
            SuperiorRepresentativeAttended = dto.SuperiorRepresentativeAttended,
            SuperiorGuidance = guidance,
            IsOnline = dto.IsOnline,
            MinutesKept = dto.MinutesKept,
            EvaluationSplitIntoPartyGroups = dto.EvaluationSplitIntoPartyGroups,
            ForYear = forYear,
            Postponement = postponement,
        });
    }

    private static PostponementApproval ToPostponement(PostponementDto dto, string path)
    {
        Map.RejectUnknown(dto, path);
        return new PostponementApproval
        {
            NewDeadline = Map.Value(dto.NewDeadline, Map.Child(path, "newDeadline"), "a date"),
            ApprovedOn = dto.ApprovedOn,
        };
    }

    private static AttendanceEntry ToAttendance(AttendanceEntryDto dto, ItemPath path)
    {
        Map.RejectUnknown(dto, path);
        return new AttendanceEntry
        {
            MemberId = Map.MemberId(dto.MemberId, path, "memberId"),
            Present = Map.Value(dto.Present, path, "present", "true or false"),
            ParticipatedBy = dto.ParticipatedBy,
            SitsIn = dto.SitsIn ?? false,
            LeaveRequestedInAdvance = dto.LeaveRequestedInAdvance,
            WrittenStatementEntered = dto.WrittenStatementEntered,
            BriefedAfterwards = dto.BriefedAfterwards,
        };
    }

    /// <summary>One part; a party group's session names its group, the other parts name none.</summary>
    private static MeetingPart ToPart(MeetingPartDto dto, string path)
    {
        Map.RejectUnknown(dto, path);
        var kind = Map.Value(dto.Part, Map.Child(path, "part"), "\"committee\", \"generalMeeting\" or \"partyGroup\"");
        var groupPath = Map.Child(path, "groupId");
        PartyGroupId? group = kind switch
        {
            MeetingPartKind.PartyGroup => Map.Build(groupPath, () => new PartyGroupId(Map.Text(dto.GroupId, groupPath))),
            _ when dto.GroupId is not null => throw new RecordFormatException(groupPath, "only a \"partyGroup\" part names a group"),
            _ => default(PartyGroupId?),
        };
        return new MeetingPart
        {
            Kind = kind,
            PartyGroupId = group,
            Attendance = Map.Objects(dto.Attendance, Map.Child(path, "attendance"), ToAttendance),
        };
    }

    private static Remark ToRemark(RemarkDto dto, ItemPath path)
    {
        Map.RejectUnknown(dto, path);
        return new Remark
        {
            FromMemberId = Map.MemberId(dto.FromMemberId, path, "fromMemberId"),
            ToMemberId = Map.MemberId(dto.ToMemberId, path, "toMemberId"),
            Kind = Map.Value(dto.Kind, path, "kind", "\"criticism\" or \"workSuggestion\""),
        };
    }

    private static SuperiorGuidance ToGuidance(SuperiorGuidanceDto dto, string path)
    {
        Map.RejectUnknown(dto, path);
        var namePath = Map.Child(path, "representativeName");
        var name = Map.Text(dto.RepresentativeName, namePath);
        return Map.Build(namePath, () => new SuperiorGuidance
        {
            RepresentativeName = name,
            IsTownshipOrStreetLeader = dto.IsTownshipOrStreetLeader,
            Commented = dto.Commented,
        });
    }
}
