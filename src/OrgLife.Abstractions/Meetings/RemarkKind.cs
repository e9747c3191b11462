namespace OrgLife.Meetings;

/// <summary>What one participant said to another during the mutual criticism.</summary>
public enum RemarkKind
{
    /// <summary>批评意见 — a criticism; counts for OL206.</summary>
    Criticism = 0,

    /// <summary>工作建议 — a work suggestion; does not count as a criticism.</summary>
    WorkSuggestion = 1,
}
