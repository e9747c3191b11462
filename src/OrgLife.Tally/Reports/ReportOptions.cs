namespace OrgLife.Tally.Reports;

/// <summary>How a report is made from a tally, beyond the suggestion rule. Immutable.</summary>
public sealed record ReportOptions
{
    /// <summary>The default k of OL405: a voter category's breakdown needs at least 3 ballots.</summary>
    public const int DefaultMinimumCategoryBallots = 3;

    /// <summary>The defaults: <see cref="MinimumCategoryBallots"/> 3.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>
    /// OL405 (测评结果由党组织掌握) k-suppression: when any voter category has 1 to k − 1 valid ballots, every criterion's
    /// breakdown by category is left out (<see cref="AssessmentReport.CategoryBreakdownSuppressed"/>) — all of them,
    /// since the combined counts minus the other categories would reveal the small one. 1 shows every breakdown.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MinimumCategoryBallots
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The minimum ballots of a voter category is 1 or more.");
    } = DefaultMinimumCategoryBallots;
}
