namespace OrgLife.Tally.Forms;

// The JSON shapes of a form's validity rules and result rule: plain mutable documents for the source generator,
// turned into validated immutable values by ValidityRuleJson and ResultRuleJson. Never exposed.
internal sealed class ValidityRuleDocument
{
    public string? Name { get; set; }

    public string? Kind { get; set; }

    public string? Scope { get; set; }

    public string? Criterion { get; set; }

    public List<string>? Levels { get; set; }

    public List<string>? ItemLevels { get; set; }

    public int? Count { get; set; }

    public int? Numerator { get; set; }

    public int? Denominator { get; set; }
}

internal sealed class ResultDocument
{
    public string? TieBreak { get; set; }

    public List<string>? ThreeLevelGrades { get; set; }

    public bool? Weighted { get; set; }

    public bool? NormaliseCategories { get; set; }

    public List<ThresholdDocument>? Thresholds { get; set; }

    public GradingDocument? Grading { get; set; }

    public TurnoutDocument? Turnout { get; set; }

    public ExcellentCapDocument? ExcellentCap { get; set; }
}

internal sealed class ExcellentCapDocument
{
    public int Numerator { get; set; }

    public int Denominator { get; set; }

    public int? Minimum { get; set; }
}

internal sealed class ThresholdDocument
{
    public string? Suggests { get; set; }

    public string? Combine { get; set; }

    public List<ConditionDocument>? Conditions { get; set; }
}

internal sealed class ConditionDocument
{
    public string? Comparison { get; set; }

    public decimal? Share { get; set; }

    public int? Numerator { get; set; }

    public int? Denominator { get; set; }

    public string? Base { get; set; }

    public List<string>? Grades { get; set; }

    public List<int>? Levels { get; set; }

    public string? Criterion { get; set; }

    public string? Category { get; set; }
}

internal sealed class GradingDocument
{
    public List<GradingBandDocument>? Bands { get; set; }

    public List<CriterionWeightDocument>? Weights { get; set; }

    public int? Trim { get; set; }

    public int? TrimWhenMoreThan { get; set; }

    public int? RoundToDecimals { get; set; }
}

internal sealed class GradingBandDocument
{
    public decimal AtLeast { get; set; }

    public string? Grade { get; set; }
}

internal sealed class CriterionWeightDocument
{
    public string? Criterion { get; set; }

    public decimal Weight { get; set; }
}

internal sealed class TurnoutDocument
{
    public string? Counted { get; set; }

    public string? Comparison { get; set; }

    public int Numerator { get; set; }

    public int Denominator { get; set; }

    public string? Base { get; set; }
}
