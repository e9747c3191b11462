namespace OrgLife.Tally.Reports;

/// <summary>How the conditions of one <see cref="SuggestionThreshold"/> combine.</summary>
public enum ThresholdCombination
{
    /// <summary>The threshold is reached when every condition holds (且).</summary>
    AllOf = 0,

    /// <summary>The threshold is reached when any condition holds (或).</summary>
    AnyOf = 1,
}
