using OrgLife.Ids;
using OrgLife.Tally.Merging;
using OrgLife.Tally.Reports;

namespace OrgLife.Cli.Tally;

/// <summary>
/// One branch tallied: its mergeable tally, its report, and the roster its candidates came from (null: from the CSV,
/// or, when <paramref name="FromBinary"/>, the binary block's columns by position).
/// </summary>
/// <param name="Branch">The branch.</param>
/// <param name="Tally">Its tally.</param>
/// <param name="Report">Its report.</param>
/// <param name="Roster">The roster its candidates came from, or null.</param>
/// <param name="FromBinary">True for a block of a binary file.</param>
/// <param name="IssuedKnown">
/// True when the ballots issued are known (the roster's attendance); otherwise the issued count is the ballots returned
/// and OL401 is not evaluated.
/// </param>
/// <param name="MinimumCategoryBallots">OL405: the fewest ballots a voter category may have for its breakdown to be shown (k).</param>
internal sealed record BranchResult(BranchId Branch, AssessmentTally Tally, AssessmentReport Report, BranchRoster? Roster, bool FromBinary = false, bool IssuedKnown = false, int MinimumCategoryBallots = BranchResult.DefaultMinimumCategoryBallots)
{
    /// <summary>The default k of OL405 (Revision 2).</summary>
    public const int DefaultMinimumCategoryBallots = 3;

    /// <summary>
    /// OL405: the per-category breakdown is withheld when the form has several voter categories and one of them has
    /// ballots, but fewer than k — its counts (or the combined counts less the others') would reproduce single ballots.
    /// </summary>
    public bool CategoryBreakdownSuppressed =>
        Report.Categories.Length > 1 && Report.Categories.Any(c => c.Accepted > 0 && c.Accepted < MinimumCategoryBallots);

    /// <summary>OL401 as the output states it: <c>passed</c>, <c>void</c>, or <c>notEvaluated</c> when the ballots issued are unknown.</summary>
    public string ReturnedNotMoreThanIssued => Report.IsVoid ? "void" : IssuedKnown ? "passed" : "notEvaluated";

    /// <summary>Where the candidates came from: <c>csv</c>, <c>roster</c> or <c>binary</c> (docs/cli-output.md).</summary>
    public string CandidatesFrom => FromBinary ? "binary" : Roster is null ? "csv" : "roster";

    /// <summary>The candidate's name from the roster, or null.</summary>
    public string? NameOf(OrgLife.Ids.MemberId member) => Roster?.Names.GetValueOrDefault(member);
}
