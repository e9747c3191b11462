namespace OrgLife.Rules.Scheduling;

/// <summary>A schedule entry and where it stands as of a date.</summary>
/// <param name="Entry">The entry.</param>
/// <param name="Status">Its status.</param>
public sealed record ScheduleEntryStatus(ScheduleEntry Entry, DueStatus Status);
