using System.Collections.Immutable;

namespace OrgLife.Tally.Forms;

/// <summary>
/// 参评人员类别 — a category of voters whose ballots are counted and reported apart
/// (e.g. 党员, 群众代表, 服务对象; Collection 第三篇 第三步 4). A category may be asked only some criteria
/// (<see cref="Criteria"/>) about only some candidates (<see cref="Candidates"/>, e.g. 服务对象 rating window posts):
/// its columns not asked are neither abstentions nor voids — they are not part of its ballots at all.
/// </summary>
/// <param name="Name">The category's name as ballots spell it; not empty.</param>
/// <param name="Weight">The weight of the category when a suggestion rule combines categories by weight; greater than 0, 1 by default.</param>
public sealed record VoterCategory(string Name, decimal Weight = 1m)
{
    /// <summary>The criteria (of either section, by name) this category answers; empty (default) for all.</summary>
    public ImmutableArray<string> Criteria
    {
        get;
        init => field = value.IsDefault ? [] : value;
    } = [];

    /// <summary>The member IDs of the candidates this category rates; empty (default) for all.</summary>
    public ImmutableArray<string> Candidates
    {
        get;
        init => field = value.IsDefault ? [] : value;
    } = [];

    /// <summary>True when the category answers every criterion about every candidate.</summary>
    public bool AsksEverything => Criteria.IsEmpty && Candidates.IsEmpty;

    /// <summary>True when this category is asked <paramref name="criterion"/> (about <paramref name="candidate"/>, or the committee when null).</summary>
    /// <param name="criterion">A criterion name.</param>
    /// <param name="candidate">A candidate's member ID, or null for the committee section.</param>
    public bool Asks(string criterion, string? candidate) =>
        (Criteria.IsEmpty || Criteria.Contains(criterion)) && (candidate is null || Candidates.IsEmpty || Candidates.Contains(candidate));

    /// <inheritdoc />
    public bool Equals(VoterCategory? other) =>
        other is not null && Name == other.Name && Weight == other.Weight && Criteria.SequenceEqual(other.Criteria) && Candidates.SequenceEqual(other.Candidates);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Weight, Criteria.Length, Candidates.Length);
}
