using System.Collections.Immutable;
using NodaTime;
using OrgLife.Ids;
using OrgLife.Members;

namespace OrgLife.Branches;

/// <summary>
/// 党支部 — a party branch and its roster: the members, whether it has a committee (支委会),
/// its party groups (党小组) and the time zone its dates are in.
/// Construction checks what can never be true of a real branch: duplicate member or group IDs,
/// a member in two groups, a group naming someone not on the roster, two secretaries.
/// </summary>
public sealed record Branch
{
    /// <summary>The time zone used when none is given: Asia/Shanghai.</summary>
    public static DateTimeZone DefaultTimeZone { get; } = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>Creates a branch.</summary>
    /// <param name="id">The vendor's ID of the branch.</param>
    /// <param name="name">The branch's name; not empty.</param>
    /// <param name="kind">The kind of branch.</param>
    /// <param name="hasCommittee">True when the branch has elected a committee (支委会).</param>
    /// <param name="members">The roster, each member once.</param>
    /// <param name="partyGroups">The party groups, if any.</param>
    /// <param name="timeZone">The branch's time zone; null for <see cref="DefaultTimeZone"/>.</param>
    /// <exception cref="ArgumentException">The roster or groups are impossible; the message names the member or group.</exception>
    public Branch(BranchId id, string name, BranchKind kind, bool hasCommittee, ImmutableArray<Member> members, ImmutableArray<PartyGroup> partyGroups = default, DateTimeZone? timeZone = null)
    {
        if (id.IsDefault)
        {
            throw new ArgumentException("Branch.Id must not be empty.", nameof(id));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException($"Branch.Name must not be empty (branch '{id}').", nameof(name));
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, $"Branch '{id}': unknown branch kind.");
        }

        members = members.IsDefault ? [] : members;
        partyGroups = partyGroups.IsDefault ? [] : partyGroups;

        var byId = new Dictionary<MemberId, Member>(members.Length);
        var secretaries = 0;
        for (var i = 0; i < members.Length; i++)
        {
            var member = members[i] ?? throw new ArgumentException($"Branch '{id}': members[{i}] is null.", nameof(members));
            if (!byId.TryAdd(member.Id, member))
            {
                throw new ArgumentException($"Branch '{id}': member ID '{member.Id}' appears twice in the roster.", nameof(members));
            }

            if (member.IsSecretary && ++secretaries > 1)
            {
                throw new ArgumentException($"Branch '{id}': more than one member holds the secretary role (second: '{member.Id}').", nameof(members));
            }
        }

        var groupOfMember = new Dictionary<MemberId, PartyGroupId>();
        var groupIds = new HashSet<PartyGroupId>();
        for (var i = 0; i < partyGroups.Length; i++)
        {
            var group = partyGroups[i] ?? throw new ArgumentException($"Branch '{id}': partyGroups[{i}] is null.", nameof(partyGroups));
            if (!groupIds.Add(group.Id))
            {
                throw new ArgumentException($"Branch '{id}': party group ID '{group.Id}' appears twice.", nameof(partyGroups));
            }

            foreach (var memberId in group.MemberIds)
            {
                if (!byId.ContainsKey(memberId))
                {
                    throw new ArgumentException($"Branch '{id}': party group '{group.Id}' lists '{memberId}', who is not on the roster.", nameof(partyGroups));
                }

                if (!groupOfMember.TryAdd(memberId, group.Id))
                {
                    throw new ArgumentException($"Branch '{id}': member '{memberId}' is in two party groups, '{groupOfMember[memberId]}' and '{group.Id}'.", nameof(partyGroups));
                }
            }
        }

        Id = id;
        Name = name;
        Kind = kind;
        HasCommittee = hasCommittee;
        Members = members;
        PartyGroups = partyGroups;
        TimeZone = timeZone ?? DefaultTimeZone;
        membersById = byId;
        this.groupOfMember = groupOfMember;
    }

    private readonly Dictionary<MemberId, Member> membersById;
    private readonly Dictionary<MemberId, PartyGroupId> groupOfMember;

    /// <summary>The vendor's ID of the branch.</summary>
    public BranchId Id { get; }

    /// <summary>The branch's name.</summary>
    public string Name { get; }

    /// <summary>The kind of branch.</summary>
    public BranchKind Kind { get; }

    /// <summary>True when the branch has elected a committee (支委会); a branch of fewer than 7 full members usually has not.</summary>
    public bool HasCommittee { get; }

    /// <summary>The roster in the vendor's order.</summary>
    public ImmutableArray<Member> Members { get; }

    /// <summary>The party groups; empty when the branch has none.</summary>
    public ImmutableArray<PartyGroup> PartyGroups { get; }

    /// <summary>The time zone the branch's dates and times are in.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>
    /// 组织路径 — the branch's superior organizations from the top down (e.g. province, city, county, 党委 IDs),
    /// not including the branch itself; empty when not recorded. At most <see cref="OrganizationPaths.MaxDepth"/>
    /// entries, each a usable ID.
    /// </summary>
    /// <exception cref="ArgumentException">An entry is empty, too long, padded with white space or holds a control character, or the path is too deep.</exception>
    public ImmutableArray<string> OrganizationPath
    {
        get => organizationPath;
        init => organizationPath = OrganizationPaths.Validate(value, Id);
    }

    private readonly ImmutableArray<string> organizationPath = [];

    /// <summary>The secretary, or null when the roster names none.</summary>
    public Member? Secretary => Members.FirstOrDefault(m => m.IsSecretary);

    /// <summary>The members of the committee: secretary, deputy secretaries and committee members.</summary>
    public IEnumerable<Member> CommitteeMembers => Members.Where(m => m.IsOnCommittee);

    /// <summary>Finds a member by ID.</summary>
    /// <param name="memberId">The member's ID.</param>
    /// <param name="member">The member, when found.</param>
    /// <returns>True when the roster holds the member.</returns>
    public bool TryGetMember(MemberId memberId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Member? member) => membersById.TryGetValue(memberId, out member);

    /// <summary>The party group a member belongs to, or null when the member is in none.</summary>
    /// <param name="memberId">The member's ID.</param>
    public PartyGroupId? GroupOf(MemberId memberId) => groupOfMember.TryGetValue(memberId, out var group) ? group : (PartyGroupId?)null;

    /// <inheritdoc />
    public bool Equals(Branch? other) => other is not null && Id == other.Id && Name == other.Name && Kind == other.Kind
        && HasCommittee == other.HasCommittee && TimeZone.Equals(other.TimeZone)
        && OrganizationPath.SequenceEqual(other.OrganizationPath)
        && Members.SequenceEqual(other.Members) && PartyGroups.SequenceEqual(other.PartyGroups);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Members.Length, PartyGroups.Length);
}
