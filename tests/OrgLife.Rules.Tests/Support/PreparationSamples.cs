using System.Collections.Immutable;
using OrgLife.Branches;
using OrgLife.Preparation;
using OrgLife.Records;

namespace OrgLife.Rules.Tests.Support;

/// <summary>Preparation records for the OL1xx tests: a compliant one, ten or more days before <see cref="Sample.MeetingDate"/>.</summary>
internal static class PreparationSamples
{
    /// <summary>Every pair of committee members and every other member with the secretary, on <paramref name="daysBefore"/> days before the meeting.</summary>
    public static ImmutableArray<Talk> CompliantTalks(Branch branch, int daysBefore = 10)
    {
        var date = Sample.MeetingDate.PlusDays(-daysBefore);
        var committee = branch.Members.Where(m => m.IsOnCommittee).Select(m => m.Id).ToList();
        var secretary = branch.Members.First(m => m.IsSecretary).Id;
        var talks = new List<Talk>();
        for (var i = 0; i < committee.Count; i++)
        {
            for (var j = i + 1; j < committee.Count; j++)
            {
                talks.Add(new Talk(committee[i], committee[j], date));
            }
        }

        talks.AddRange(branch.Members.Where(m => !m.IsOnCommittee).Select(m => new Talk(secretary, m.Id, date)));
        return [.. talks];
    }

    /// <summary>A preparation record that satisfies every OL1xx rule under every preset.</summary>
    public static PreparationRecord Compliant(Branch branch) => new()
    {
        StudySession = Occurrence.On(Sample.MeetingDate.PlusDays(-20)),
        OpinionsSolicited = Occurrence.On(Sample.MeetingDate.PlusDays(-18)),
        Talks = CompliantTalks(branch),
        MemberNotice = Occurrence.On(Sample.MeetingDate.PlusDays(-10)),
        SuperiorNotice = Occurrence.On(Sample.MeetingDate.PlusDays(-10)),
        PlanSubmitted = Occurrence.On(Sample.MeetingDate.PlusDays(-20)),
        CommitteeProblemList = Occurrence.On(Sample.MeetingDate.PlusDays(-5)),
        MemberProblemLists = [.. branch.Members.Select(m => m.Id)],
    };

    /// <summary>A record of <paramref name="branch"/> with <paramref name="preparation"/> and a general meeting on <see cref="Sample.MeetingDate"/>.</summary>
    public static BranchRecord Record(Branch branch, PreparationRecord preparation, Meetings.MeetingKind kind = Meetings.MeetingKind.OrganizationalLife)
        => new() { Branch = branch, Preparation = preparation, Meeting = Sample.Meeting(kind) };
}
