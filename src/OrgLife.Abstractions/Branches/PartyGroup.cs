using System.Collections.Immutable;
using OrgLife.Ids;

namespace OrgLife.Branches;

/// <summary>
/// 党小组 — a party group within a branch: its members and its leader (党小组长).
/// The group may be empty and may lack a leader: the record says what happened, and rule OL213
/// reports it. A member listed twice in one group is rejected.
/// </summary>
public sealed record PartyGroup
{
    /// <summary>Creates a party group.</summary>
    /// <param name="id">The vendor's ID of the group.</param>
    /// <param name="name">The group's name; not empty.</param>
    /// <param name="memberIds">The members of the group, each once.</param>
    /// <param name="leaderId">The group leader, who must be one of <paramref name="memberIds"/>; null when none is named.</param>
    /// <exception cref="ArgumentException">An empty ID or name, a member listed twice, or a leader outside the group.</exception>
    public PartyGroup(PartyGroupId id, string name, ImmutableArray<MemberId> memberIds, MemberId? leaderId = null)
    {
        if (id.IsDefault)
        {
            throw new ArgumentException("PartyGroup.Id must not be empty.", nameof(id));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException($"PartyGroup.Name must not be empty (group '{id}').", nameof(name));
        }

        memberIds = memberIds.IsDefault ? [] : memberIds;
        var seen = new HashSet<MemberId>();
        foreach (var memberId in memberIds)
        {
            if (memberId.IsDefault)
            {
                throw new ArgumentException($"Party group '{id}' lists an empty member ID.", nameof(memberIds));
            }

            if (!seen.Add(memberId))
            {
                throw new ArgumentException($"Party group '{id}' lists member '{memberId}' twice.", nameof(memberIds));
            }
        }

        if (leaderId is { } leader && !seen.Contains(leader))
        {
            throw new ArgumentException($"Party group '{id}': leader '{leader}' is not a member of the group.", nameof(leaderId));
        }

        Id = id;
        Name = name;
        MemberIds = memberIds;
        LeaderId = leaderId;
    }

    /// <summary>The vendor's ID of the group.</summary>
    public PartyGroupId Id { get; }

    /// <summary>The group's name.</summary>
    public string Name { get; }

    /// <summary>The members of the group, in the vendor's order.</summary>
    public ImmutableArray<MemberId> MemberIds { get; }

    /// <summary>The group leader, or null when none is named.</summary>
    public MemberId? LeaderId { get; }

    /// <inheritdoc />
    public bool Equals(PartyGroup? other) => other is not null && Id == other.Id && Name == other.Name
        && LeaderId == other.LeaderId && MemberIds.SequenceEqual(other.MemberIds);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, LeaderId, MemberIds.Length);
}
