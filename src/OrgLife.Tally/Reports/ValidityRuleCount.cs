using OrgLife.Tally.Forms;

namespace OrgLife.Tally.Reports;

/// <summary>废票 by reason: what one ballot-validity rule voided.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Ballots">Ballots voided whole by it.</param>
/// <param name="Sections">Ballots with a section voided by it.</param>
public sealed record ValidityRuleCount(BallotValidityRule Rule, long Ballots, long Sections);
