using OrgLife.Ids;
using OrgLife.Tally.Merging;
using OrgLife.Tally.Reports;

namespace OrgLife.Cli.Tally;

/// <summary>
/// One branch tallied: its mergeable tally, its report, and the roster its candidates came from (null: from the CSV,
/// or, when <paramref name="FromBinary"/>, the binary block's columns by position).
/// </summary>
internal sealed record BranchResult(BranchId Branch, AssessmentTally Tally, AssessmentReport Report, BranchRoster? Roster, bool FromBinary = false)
{
    /// <summary>Where the candidates came from: <c>csv</c>, <c>roster</c> or <c>binary</c> (docs/cli-output.md).</summary>
    public string CandidatesFrom => FromBinary ? "binary" : Roster is null ? "csv" : "roster";

    /// <summary>The candidate's name from the roster, or null.</summary>
    public string? NameOf(OrgLife.Ids.MemberId member) => Roster?.Names.GetValueOrDefault(member);
}
