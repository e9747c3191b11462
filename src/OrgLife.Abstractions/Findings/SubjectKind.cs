namespace OrgLife.Findings;

/// <summary>What a finding is about.</summary>
public enum SubjectKind
{
    /// <summary>The branch as a whole.</summary>
    Branch = 0,

    /// <summary>One member of the roster.</summary>
    Member = 1,

    /// <summary>One party group (党小组).</summary>
    PartyGroup = 2,

    /// <summary>The meeting.</summary>
    Meeting = 3,

    /// <summary>The democratic evaluation.</summary>
    Evaluation = 4,

    /// <summary>One rectification item (整改事项).</summary>
    RectificationItem = 5,

    /// <summary>The follow-up after the meeting.</summary>
    FollowUp = 6,

    /// <summary>The preparation before the meeting.</summary>
    Preparation = 7,
}
