using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using OrgLife.Branches;
using OrgLife.Findings;
using OrgLife.Ids;
using OrgLife.Meetings;
using OrgLife.Members;
using OrgLife.Records;
using OrgLife.Rules;
using OrgLife.Rules.Policies;

namespace OrgLife.Rules.Tests.Support;

/// <summary>Small builders for branch records in tests: a roster of full members m01…mNN with m01 as secretary.</summary>
internal static class Sample
{
    public static readonly LocalDate MeetingDate = new(2026, 12, 15);
    public static readonly LocalDate AsOf = new(2027, 3, 31);
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>Member IDs m01…mNN.</summary>
    public static MemberId Id(int number) => new($"m{number:00}");

    /// <summary>A full member m{number}; the first is the secretary, the next two committee members when <paramref name="committee"/>.</summary>
    public static Member Member(int number, bool committee = true) => new()
    {
        Id = Id(number),
        Name = $"Member {number}",
        Circumstances = MemberCircumstances.None,
        IsLeadingCadre = false,
        Roles = (number, committee) switch
        {
            (1, _) => BranchRoles.Secretary,
            (2 or 3, true) => BranchRoles.CommitteeMember,
            _ => BranchRoles.None,
        },
    };

    /// <summary>A branch of <paramref name="size"/> full members, then <paramref name="probationary"/> probationary ones.</summary>
    public static Branch Branch(int size, int probationary = 0, bool hasCommittee = true, BranchKind kind = BranchKind.Village, ImmutableArray<PartyGroup> groups = default)
    {
        var members = Enumerable.Range(1, size).Select(n => Member(n, hasCommittee))
            .Concat(Enumerable.Range(size + 1, probationary).Select(n => Member(n) with { Status = MembershipStatus.Probationary }))
            .ToImmutableArray();
        return new Branch(new BranchId("b1"), "Test branch", kind, hasCommittee, members, groups);
    }

    /// <summary>A branch with its members replaced by <paramref name="members"/>.</summary>
    public static Branch WithMembers(this Branch branch, IEnumerable<Member> members)
        => new(branch.Id, branch.Name, branch.Kind, branch.HasCommittee, [.. members], branch.PartyGroups, branch.TimeZone);

    /// <summary>Attendance: the first <paramref name="presentCount"/> roster members present, the rest absent.</summary>
    public static ImmutableArray<AttendanceEntry> Attendance(Branch branch, int presentCount)
        => [.. branch.Members.Select((m, i) => new AttendanceEntry { MemberId = m.Id, Present = i < presentCount })];

    /// <summary>A general-meeting 组织生活会 on <see cref="MeetingDate"/>.</summary>
    public static Meeting Meeting(MeetingKind kind = MeetingKind.OrganizationalLife) => new()
    {
        Kind = kind,
        Form = kind == MeetingKind.OrganizationalLife ? MeetingForm.GeneralMeeting : null,
        IsThematic = false,
        Date = MeetingDate,
    };

    /// <summary>Validates with the built-in catalogue.</summary>
    public static ValidationReport Validate(this BranchRecord record, OrgLifePolicy? policy = null, LocalDate? asOf = null, CultureInfo? culture = null)
        => new OrgLifeValidator().Validate(record, policy ?? PolicyPresets.National, asOf ?? AsOf, culture ?? English);

    /// <summary>The result of one rule.</summary>
    public static RuleResult Result(this ValidationReport report, string ruleId) => report.ResultFor(new RuleId(ruleId));
}
