namespace OrgLife.Tally.Reports;

/// <summary>The accepted ballots of one voter category.</summary>
/// <param name="Category">The category's name.</param>
/// <param name="Weight">The category's weight on the form.</param>
/// <param name="Accepted">Ballots accepted.</param>
public sealed record CategoryBallots(string Category, decimal Weight, long Accepted);
