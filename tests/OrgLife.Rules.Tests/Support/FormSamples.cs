using System.Collections.Immutable;
using OrgLife.Branches;
using OrgLife.Ids;
using OrgLife.Meetings;
using OrgLife.Records;
using OrgLife.Rules.Policies;

namespace OrgLife.Rules.Tests.Support;

/// <summary>
/// Compliant meetings of each form (City-2019 二(一)(二)(三)), recorded part by part: a branch of 20 full and 2
/// probationary members with a committee (m01 secretary, m02 and m03 committee members) and two party groups.
/// </summary>
internal static class FormSamples
{
    /// <summary>22 members (20 full, 2 probationary), a committee of three, groups g1 = m01…m11 and g2 = m12…m22.</summary>
    /// <param name="kind">The branch kind.</param>
    public static Branch Branch(BranchKind kind = BranchKind.EnterpriseOrInstitution) => WithTwoGroups(Sample.Branch(20, probationary: 2, kind: kind));

    /// <summary><paramref name="plain"/> with its roster split into two party groups, each led by its first member.</summary>
    public static Branch WithTwoGroups(Branch plain)
    {
        var half = (plain.Members.Length + 1) / 2;
        ImmutableArray<PartyGroup> groups =
        [
            new(new PartyGroupId("g1"), "第一党小组", [.. plain.Members.Take(half).Select(m => m.Id)], plain.Members[0].Id),
            new(new PartyGroupId("g2"), "第二党小组", [.. plain.Members.Skip(half).Select(m => m.Id)], plain.Members[half].Id),
        ];
        return new Branch(plain.Id, plain.Name, plain.Kind, plain.HasCommittee, plain.Members, groups);
    }

    /// <summary>Everyone in <paramref name="ids"/> present.</summary>
    public static ImmutableArray<AttendanceEntry> AllPresent(IEnumerable<MemberId> ids) => [.. ids.Select(id => new AttendanceEntry { MemberId = id, Present = true })];

    /// <summary>A compliant meeting of <paramref name="branch"/> in <paramref name="form"/>, with the agenda <paramref name="policy"/> requires.</summary>
    public static Meeting Compliant(Branch branch, MeetingForm form, OrgLifePolicy policy)
    {
        var everyone = branch.Members.Select(m => m.Id).ToList();
        var committee = branch.Members.Where(m => m.IsOnCommittee).Select(m => m.Id).ToList();
        var general = MeetingSamples.Compliant(branch, form) with
        {
            Agenda = MeetingSamples.Agenda(policy.Agendas.For(MeetingKind.OrganizationalLife, form)),
            EvaluationSplitIntoPartyGroups = form == MeetingForm.PartyGroupMeetings,
        };
        return form switch
        {
            // 支委会 form: the committee examines itself at the committee part; everyone evaluates at the 党员大会 part.
            MeetingForm.CommitteeMeeting => general with
            {
                Parts =
                [
                    new MeetingPart { Kind = MeetingPartKind.Committee, Attendance = AllPresent(committee) },
                    new MeetingPart { Kind = MeetingPartKind.GeneralMeeting, Attendance = AllPresent(everyone) },
                ],
                SelfExaminationOrder = [.. committee],
                Remarks = MeetingSamples.FullCriticism(committee),
            },

            // 党小组会 form: an opening 党员大会, each group's session, the 党员大会 of the 民主测评.
            MeetingForm.PartyGroupMeetings => general with
            {
                Parts =
                [
                    new MeetingPart { Kind = MeetingPartKind.GeneralMeeting, Attendance = AllPresent(everyone) },
                    .. branch.PartyGroups.Select(g => new MeetingPart { Kind = MeetingPartKind.PartyGroup, PartyGroupId = g.Id, Attendance = AllPresent(g.MemberIds) }),
                    new MeetingPart { Kind = MeetingPartKind.GeneralMeeting, Attendance = AllPresent(everyone) },
                ],
                Remarks = [.. branch.PartyGroups.SelectMany(g => MeetingSamples.FullCriticism(g.MemberIds))],
            },
            _ => general,
        };
    }

    /// <summary>A record of a compliant meeting in <paramref name="form"/> under <paramref name="policy"/>.</summary>
    public static BranchRecord Record(MeetingForm form, OrgLifePolicy policy, BranchKind kind = BranchKind.EnterpriseOrInstitution)
    {
        var branch = Branch(kind);
        return new BranchRecord { Branch = branch, Meeting = Compliant(branch, form, policy) };
    }
}
