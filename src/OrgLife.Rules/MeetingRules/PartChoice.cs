namespace OrgLife.Rules.MeetingRules;

/// <summary>Which of several parts of one kind a rule reads.</summary>
internal enum PartChoice
{
    /// <summary>The first listed: the committee part, the opening 党员大会 of the 党小组会 form.</summary>
    First,

    /// <summary>The last listed: the 党员大会 that holds the 民主测评.</summary>
    Last,
}
