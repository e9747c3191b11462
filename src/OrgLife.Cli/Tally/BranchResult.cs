using OrgLife.Ids;
using OrgLife.Json.Output;
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
internal sealed record BranchResult(BranchId Branch, AssessmentTally Tally, AssessmentReport Report, BranchRoster? Roster, bool FromBinary = false, bool IssuedKnown = false)
{
    /// <summary>The default k of OL405 (Revision 2), the library's report default.</summary>
    public const int DefaultMinimumCategoryBallots = ReportOptions.DefaultMinimumCategoryBallots;

    /// <summary>OL405: the fewest ballots a voter category may have for its breakdown to be shown (k), as the report was made.</summary>
    public int MinimumCategoryBallots => Report.MinimumCategoryBallots;

    /// <summary>OL405: the report withheld the per-category breakdown (the library decides; see <see cref="ReportOptions"/>).</summary>
    public bool CategoryBreakdownSuppressed => Report.CategoryBreakdownSuppressed;

    /// <summary>The branch's report as OrgLife.Json writes it.</summary>
    public BranchTallyReport Output => new(Branch, Report, FromBinary ? CandidateSource.Binary : Roster is null ? CandidateSource.Csv : CandidateSource.Roster, IssuedKnown, Roster?.Names)
    {
        WithoutValidityRules = Tally.Form.ValidityRules.IsEmpty ? null : Tally.WithoutValidityRules().ToReport(Report.Rule),
    };

    /// <summary>OL401 as the output states it: <c>passed</c>, <c>void</c>, or <c>notEvaluated</c> when the ballots issued are unknown.</summary>
    public string ReturnedNotMoreThanIssued => Output.ReturnedNotMoreThanIssued;

    /// <summary>Where the candidates came from: <c>csv</c>, <c>roster</c> or <c>binary</c> (docs/cli-output.md).</summary>
    public string CandidatesFrom => Output.CandidatesFromName;

    /// <summary>The candidate's name from the roster, or null.</summary>
    public string? NameOf(OrgLife.Ids.MemberId member) => Roster?.Names.GetValueOrDefault(member);
}
