namespace OrgLife.Rules.Policies;

/// <summary>Whether the superior's attendance and comments are required (OL207).</summary>
public enum GuidanceRequirement
{
    /// <summary>Required: an absence is an error (the default).</summary>
    Required = 0,

    /// <summary>Advisory: an absence is a warning.</summary>
    Advisory = 1,
}
