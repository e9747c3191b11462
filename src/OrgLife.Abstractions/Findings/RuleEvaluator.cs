namespace OrgLife.Findings;

/// <summary>Which part of OrgLife evaluates a rule of the catalogue.</summary>
public enum RuleEvaluator
{
    /// <summary>The validator, from a branch record (OL1xx–OL3xx, OL5xx).</summary>
    Validator = 0,

    /// <summary>The tally, from ballots (OL401–OL405): listed in the catalogue, never among a validation's results.</summary>
    Tally = 1,
}
