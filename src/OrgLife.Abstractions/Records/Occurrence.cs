using NodaTime;

namespace OrgLife.Records;

/// <summary>
/// Whether a step of the process took place, and when. A record holds <c>null</c> where the
/// vendor recorded nothing (the rule is then "not evaluated"); an occurrence with
/// <see cref="Happened"/> false records that the step was not done.
/// </summary>
/// <param name="Happened">True when the step took place.</param>
/// <param name="Date">The date it took place, in the branch's time zone; null when not recorded.</param>
public sealed record Occurrence(bool Happened, LocalDate? Date = null)
{
    /// <summary>A step that took place on <paramref name="date"/>.</summary>
    /// <param name="date">The date, in the branch's time zone.</param>
    public static Occurrence On(LocalDate date) => new(true, date);

    /// <summary>A step recorded as not done.</summary>
    public static Occurrence NotDone { get; } = new(false);
}
