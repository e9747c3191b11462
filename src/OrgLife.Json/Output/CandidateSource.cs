namespace OrgLife.Json.Output;

/// <summary>Where a tally's candidates came from, as the tally report's <c>candidatesFrom</c> says.</summary>
public enum CandidateSource
{
    /// <summary>The ballots' CSV (<c>csv</c>).</summary>
    Csv,

    /// <summary>The branch's roster from its record (<c>roster</c>).</summary>
    Roster,

    /// <summary>A binary block's columns, by position (<c>binary</c>).</summary>
    Binary,
}
