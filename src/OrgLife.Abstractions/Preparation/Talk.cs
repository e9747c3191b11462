using NodaTime;
using OrgLife.Ids;

namespace OrgLife.Preparation;

/// <summary>谈心谈话 — a heart-to-heart talk between two members before the meeting. Unordered: A with B is B with A.</summary>
public sealed record Talk
{
    /// <summary>Creates a talk between two different members.</summary>
    /// <param name="first">One participant.</param>
    /// <param name="second">The other participant.</param>
    /// <param name="date">When the talk took place; null when not recorded.</param>
    /// <exception cref="ArgumentException">An ID is empty or both are the same member.</exception>
    public Talk(MemberId first, MemberId second, LocalDate? date = null)
    {
        if (first.IsDefault || second.IsDefault)
        {
            throw new ArgumentException("Talk: both participants must be named.", first.IsDefault ? nameof(first) : nameof(second));
        }

        if (first == second)
        {
            throw new ArgumentException($"Talk: member '{first}' cannot talk with themself.", nameof(second));
        }

        First = first;
        Second = second;
        Date = date;
    }

    /// <summary>One participant.</summary>
    public MemberId First { get; }

    /// <summary>The other participant.</summary>
    public MemberId Second { get; }

    /// <summary>When the talk took place; null when not recorded.</summary>
    public LocalDate? Date { get; }

    /// <summary>True when <paramref name="member"/> took part.</summary>
    /// <param name="member">The member to look for.</param>
    public bool Involves(MemberId member) => First == member || Second == member;
}
