using System.Collections.Immutable;
using OrgLife.Ids;
using OrgLife.Tally.Reports;

namespace OrgLife.Json.Output;

/// <summary>One branch's tally report and what the tally report JSON says besides it (docs/cli-output.md).</summary>
/// <param name="Branch">The branch.</param>
/// <param name="Report">Its report.</param>
/// <param name="CandidatesFrom">Where its candidates came from.</param>
/// <param name="IssuedKnown">
/// True when the ballots issued are known (the roster's attendance); otherwise OL401 is not evaluated.
/// </param>
/// <param name="Names">The candidates' names, when known (from the roster).</param>
public sealed record BranchTallyReport(BranchId Branch, AssessmentReport Report, CandidateSource CandidatesFrom, bool IssuedKnown, ImmutableDictionary<MemberId, string>? Names = null)
{
    /// <summary>OL401 as the output states it: <c>passed</c>, <c>void</c>, or <c>notEvaluated</c> when the ballots issued are unknown.</summary>
    public string ReturnedNotMoreThanIssued => Report.IsVoid ? "void" : IssuedKnown ? "passed" : "notEvaluated";

    /// <summary>Where the candidates came from as the output names it: <c>csv</c>, <c>roster</c> or <c>binary</c>.</summary>
    public string CandidatesFromName => CandidatesFrom switch
    {
        CandidateSource.Binary => "binary",
        CandidateSource.Roster => "roster",
        _ => "csv",
    };

    /// <summary>
    /// The report as if the form's ballot-validity rules were not there (<c>AssessmentTally.WithoutValidityRules()</c>),
    /// so the output shows the result with and without them; null when the form has none.
    /// </summary>
    public AssessmentReport? WithoutValidityRules { get; init; }

    /// <summary>The candidate's name, or null.</summary>
    /// <param name="member">The candidate.</param>
    public string? NameOf(MemberId member) => Names?.GetValueOrDefault(member);
}
