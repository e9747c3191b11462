namespace OrgLife.Tally.Forms;

// The JSON shape of a ballot form: plain mutable documents for the source generator, turned into the
// validated immutable form by BallotFormJson. Never exposed.
internal sealed class FormDocument
{
    public string? Name { get; set; }

    public List<CriterionDocument>? Criteria { get; set; }

    public List<CriterionDocument>? CommitteeCriteria { get; set; }

    public List<CategoryDocument>? VoterCategories { get; set; }

    public List<ValidityRuleDocument>? ValidityRules { get; set; }

    public ResultDocument? Result { get; set; }
}

internal sealed class CriterionDocument
{
    public string? Name { get; set; }

    public bool Overall { get; set; }

    public ScaleDocument? Scale { get; set; }
}

internal sealed class ScaleDocument
{
    public string? Kind { get; set; }

    public List<LevelDocument>? Levels { get; set; }

    public decimal? Min { get; set; }

    public decimal? Max { get; set; }

    public int? Decimals { get; set; }

    public List<BandDocument>? Bands { get; set; }

    public List<decimal>? Points { get; set; }
}

internal sealed class LevelDocument
{
    public string? Name { get; set; }

    public string? Code { get; set; }

    public string? Grade { get; set; }

    public decimal? Points { get; set; }

    public bool? NonOpinion { get; set; }
}

internal sealed class BandDocument
{
    public decimal Min { get; set; }

    public decimal Max { get; set; }

    public string? Grade { get; set; }
}

internal sealed class CategoryDocument
{
    public string? Name { get; set; }

    public decimal? Weight { get; set; }

    public List<string>? Criteria { get; set; }

    public List<string>? Candidates { get; set; }
}
