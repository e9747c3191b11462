using System.Collections.Immutable;
using OrgLife.Ids;
using OrgLife.Members;

namespace OrgLife.Tally.Box;

/// <summary>
/// 被测评人 — the members on the ballot: full members, who are graded, and probationary members (预备党员),
/// who may be listed on the form but are never graded (OL404). Immutable; compared by value (order matters,
/// it is the order of the report).
/// </summary>
public sealed class AssessmentCandidates : IEquatable<AssessmentCandidates>
{
    /// <summary>Creates the candidate list.</summary>
    /// <param name="graded">The full members graded, in report order.</param>
    /// <param name="probationary">The probationary members listed but not graded.</param>
    /// <exception cref="ArgumentException">An ID is empty or appears twice.</exception>
    public AssessmentCandidates(IEnumerable<MemberId> graded, IEnumerable<MemberId>? probationary = null)
    {
        ArgumentNullException.ThrowIfNull(graded);
        Graded = [.. graded];
        Probationary = probationary is null ? [] : [.. probationary];
        var seen = new HashSet<MemberId>();
        foreach (var id in Graded.Concat(Probationary))
        {
            if (id.IsDefault)
            {
                throw new ArgumentException("A candidate ID must not be empty.", nameof(graded));
            }

            if (!seen.Add(id))
            {
                throw new ArgumentException($"The candidate '{id}' appears twice on the ballot.", nameof(graded));
            }
        }
    }

    /// <summary>The full members graded, in report order.</summary>
    public ImmutableArray<MemberId> Graded { get; }

    /// <summary>The probationary members: marks for them are ignored and counted (OL404).</summary>
    public ImmutableArray<MemberId> Probationary { get; }

    /// <summary>
    /// The candidates of a branch roster: every full member graded (留党察看 included: they are assessed, they
    /// only lose the vote), every probationary member listed and never graded.
    /// </summary>
    /// <param name="roster">The branch's members.</param>
    public static AssessmentCandidates FromRoster(IEnumerable<Member> roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        var members = roster.ToList();
        return new(
            members.Where(m => m.IsGradable).Select(m => m.Id),
            members.Where(m => m.Status == MembershipStatus.Probationary).Select(m => m.Id));
    }

    /// <inheritdoc />
    public bool Equals(AssessmentCandidates? other) =>
        other is not null && (ReferenceEquals(this, other) || (Graded.SequenceEqual(other.Graded) && Probationary.SequenceEqual(other.Probationary)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AssessmentCandidates);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Graded.Length, Probationary.Length, Graded.FirstOrDefault());
}
