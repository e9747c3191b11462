using System.Collections.Immutable;

namespace OrgLife.Tally.Reports;

/// <summary>Who fits within a quota by a ranking (e.g. the most 优秀 votes within the Excellent cap).</summary>
/// <param name="Quota">The quota.</param>
/// <param name="Selected">The candidates whose whole tie group fits within the quota, best first.</param>
/// <param name="TiedAtBoundary">The tie group that straddles the quota (more tied candidates than places left): the organization decides among them; empty when none.</param>
public sealed record QuotaSelection(long Quota, ImmutableArray<RankedCandidate> Selected, ImmutableArray<RankedCandidate> TiedAtBoundary);
