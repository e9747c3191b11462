using OrgLife.Tally.Box;

namespace OrgLife.Tally.Reports;

/// <summary>How many ballots were rejected for one reason.</summary>
/// <param name="Code">The reason.</param>
/// <param name="Count">The number of ballots.</param>
public sealed record RejectionCount(RejectionCode Code, long Count);
