using System.Collections.Immutable;
using NodaTime;
using OrgLife.Branches;
using OrgLife.Json.Dto;
using OrgLife.Ids;
using OrgLife.Members;

namespace OrgLife.Json.Mapping;

/// <summary>Maps <c>branch</c>: the roster, the party groups and the time zone.</summary>
internal static class BranchMapper
{
    public static Branch ToDomain(BranchDto dto, string path)
    {
        Map.RejectUnknown(dto, path);
        var id = Map.Build(Map.Child(path, "id"), () => new BranchId(Map.Text(dto.Id, Map.Child(path, "id"))));
        var name = Map.Text(dto.Name, Map.Child(path, "name"));
        var kind = Map.Value(dto.Kind, Map.Child(path, "kind"), "a branch kind such as \"village\"");
        var hasCommittee = Map.Value(dto.HasCommittee, Map.Child(path, "hasCommittee"), "true or false");
        var timeZone = TimeZone(dto.TimeZone, Map.Child(path, "timeZone"));
        var membersPath = Map.Child(path, "members");
        if (dto.Members is null)
        {
            throw new RecordFormatException(membersPath, "required, expected an array of members");
        }

        var members = Map.Objects(dto.Members, membersPath, ToMember)!.Value;
        var groups = Map.Objects(dto.PartyGroups, Map.Child(path, "partyGroups"), ToGroup) ?? [];

        // The branch checks the roster as a whole (an ID twice, a member in two groups); its message names them.
        var organizationPath = OrganizationPath(dto.OrganizationPath, Map.Child(path, "organizationPath"));
        return Map.Build(path, () => new Branch(id, name, kind, hasCommittee, members, groups, timeZone) { OrganizationPath = organizationPath });
    }

    private static ImmutableArray<string> OrganizationPath(string?[]? entries, string path)
    {
        if (entries is null)
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<string>(entries.Length);
        for (var i = 0; i < entries.Length; i++)
        {
            builder.Add(Map.Text(entries[i], Map.Item(path, i)));
        }

        return builder.MoveToImmutable();
    }

    private static DateTimeZone? TimeZone(string? id, string path)
        => id is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(id)
            ?? throw new RecordFormatException(path, $"unknown time zone '{id}'; expected a TZDB ID such as \"Asia/Shanghai\"");

    private static Member ToMember(MemberDto dto, string path)
    {
        Map.RejectUnknown(dto, path);
        var id = Map.MemberId(dto.Id, Map.Child(path, "id"));
        var name = Map.Text(dto.Name, Map.Child(path, "name"));
        var status = Map.Value(dto.Status, Map.Child(path, "status"), "\"full\" or \"probationary\"");
        var roles = Map.Values(dto.Roles, Map.Child(path, "roles"), "a role such as \"secretary\"") ?? [];
        // An absent list is "not recorded" (OL105 not evaluated); an empty list is "recorded as none".
        var circumstances = Map.Values(dto.Circumstances, Map.Child(path, "circumstances"), "a circumstance such as \"mobile\"");
        var exclusion = dto.AttendanceExclusion is { } excluded ? ToExclusion(excluded, Map.Child(path, "attendanceExclusion")) : null;
        return Map.Build(path, () => new Member
        {
            Id = id,
            Name = name,
            Status = status,
            Roles = roles.Aggregate(BranchRoles.None, (all, role) => all | role),
            Circumstances = circumstances?.Aggregate(MemberCircumstances.None, (all, c) => all | c),
            OnProbationWithinParty = dto.OnProbationWithinParty ?? false,
            IsLeadingCadre = dto.IsLeadingCadre,
            AttendedDemocraticLifeMeetingThisYear = dto.AttendedDemocraticLifeMeetingThisYear,
            AttendanceExclusion = exclusion,
        });
    }

    private static AttendanceExclusion ToExclusion(AttendanceExclusionDto dto, string path)
    {
        Map.RejectUnknown(dto, path);
        return new AttendanceExclusion(Map.Value(dto.Reason, Map.Child(path, "reason"), "an exclusion reason such as \"bedridden\""), dto.Note);
    }

    private static PartyGroup ToGroup(PartyGroupDto dto, string path)
    {
        Map.RejectUnknown(dto, path);
        var id = Map.Build(Map.Child(path, "id"), () => new PartyGroupId(Map.Text(dto.Id, Map.Child(path, "id"))));
        var name = Map.Text(dto.Name, Map.Child(path, "name"));
        var memberIds = Map.MemberIds(dto.MemberIds, Map.Child(path, "memberIds")) ?? [];
        var leader = Map.OptionalMemberId(dto.LeaderId, Map.Child(path, "leaderId"));
        return Map.Build(path, () => new PartyGroup(id, name, memberIds, leader));
    }
}
