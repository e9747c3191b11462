using System.Collections.Immutable;
using NodaTime;
using OrgLife.Branches;
using OrgLife.Ids;
using OrgLife.Meetings;
using OrgLife.Records;
using OrgLife.Rules.Policies;

namespace OrgLife.Rules.Tests.Support;

/// <summary>Meetings for the OL2xx tests: a compliant general meeting with every datum recorded.</summary>
internal static class MeetingSamples
{
    /// <summary>Every participant criticizes every other participant once.</summary>
    public static ImmutableArray<Remark> FullCriticism(IReadOnlyList<MemberId> participants)
        => [.. from to in participants from critic in participants where critic != to select new Remark { FromMemberId = critic, ToMemberId = to, Kind = RemarkKind.Criticism }];

    /// <summary>A general meeting of <paramref name="branch"/> that satisfies every OL2xx rule: all present, the secretary chairs and goes first.</summary>
    public static Meeting Compliant(Branch branch, MeetingForm form = MeetingForm.GeneralMeeting)
    {
        var ids = branch.Members.Select(m => m.Id).ToList();
        return new Meeting
        {
            Kind = MeetingKind.OrganizationalLife,
            Form = form,
            Date = Sample.MeetingDate,
            Start = Sample.MeetingDate.At(new LocalTime(8, 30)),
            End = Sample.MeetingDate.At(new LocalTime(12, 30)),
            ChairId = branch.Members.First(m => m.IsSecretary).Id,
            Attendance = Sample.Attendance(branch, branch.Members.Length),
            Agenda = Agenda(PolicyPresets.National.Agendas.For(MeetingKind.OrganizationalLife, form)),
            SelfExaminationOrder = [.. ids],
            Remarks = FullCriticism(ids),
            SuperiorRepresentativeAttended = true,
            SuperiorGuidance = new SuperiorGuidance { RepresentativeName = "Township leader", IsTownshipOrStreetLeader = true, Commented = true },
            IsOnline = false,
            MinutesKept = true,
            EvaluationSplitIntoPartyGroups = false,
        };
    }

    /// <summary>The steps of <paramref name="template"/>, stage by stage, in the order listed.</summary>
    public static ImmutableArray<AgendaStep> Agenda(AgendaTemplate template) => [.. template.Stages.SelectMany(stage => stage)];

    /// <summary>A record of <paramref name="branch"/> with <paramref name="meeting"/>.</summary>
    public static BranchRecord Record(Branch branch, Meeting meeting) => new() { Branch = branch, Meeting = meeting };

    /// <summary>A record of a compliant general meeting of <paramref name="branch"/>, changed by <paramref name="change"/>.</summary>
    public static BranchRecord Record(Branch branch, Func<Meeting, Meeting> change) => Record(branch, change(Compliant(branch)));
}
