using OrgLife.Ids;
using OrgLife.Tally.Merging;
using OrgLife.Tally.Reports;

namespace OrgLife.Cli.Tally;

/// <summary>One branch tallied: its mergeable tally, its report, and the roster its candidates came from (null: from the CSV).</summary>
internal sealed record BranchResult(BranchId Branch, AssessmentTally Tally, AssessmentReport Report, BranchRoster? Roster)
{
    /// <summary>The candidate's name from the roster, or null.</summary>
    public string? NameOf(OrgLife.Ids.MemberId member) => Roster?.Names.GetValueOrDefault(member);
}
