using OrgLife.Tally.Merging;

namespace OrgLife.Tally.Formats.Binary;

/// <summary>What <see cref="BinaryBallotTally.RollUp"/> gives: the roll-up across the file's branches and the file's raw totals.</summary>
/// <param name="RollUp">Per level: the distribution of suggested determinations and of votes, the branches over the Excellent cap.</param>
/// <param name="Totals">Branches, ballots and marks read, per-criterion totals and skipped blocks, as <see cref="BinaryBallotTally.Count"/> gives them.</param>
/// <param name="RejectedBallots">Ballots rejected by the ballot boxes (duplicate serials, OL402), over all branches; never counted in the roll-up.</param>
public sealed record BinaryRollUp(RollUp RollUp, NationalTally Totals, long RejectedBallots);
