using OrgLife.Ids;

namespace OrgLife.Tally.Reports;

/// <summary>OL404 — marks given to a probationary member (预备党员), not counted toward any grade.</summary>
/// <param name="Candidate">The probationary member.</param>
/// <param name="Marks">The marks ignored.</param>
public sealed record IgnoredMarks(MemberId Candidate, long Marks);
