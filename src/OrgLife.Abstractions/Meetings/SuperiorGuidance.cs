namespace OrgLife.Meetings;

/// <summary>上级指导 — the superior organization's representative at the meeting.</summary>
public sealed record SuperiorGuidance
{
    /// <summary>The representative's name; not empty.</summary>
    public required string RepresentativeName
    {
        get;
        init => field = string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("SuperiorGuidance.RepresentativeName must not be empty.", nameof(RepresentativeName)) : value;
    }

    /// <summary>True when the representative is a member of the township or street leadership (乡镇/街道班子成员), as 村/社区 branches need.</summary>
    public bool? IsTownshipOrStreetLeader { get; init; }

    /// <summary>True when the representative commented on the meeting (点评). Null when not recorded.</summary>
    public bool? Commented { get; init; }
}
