namespace OrgLife.Tally.Box;

/// <summary>Why a mark on an accepted ballot is void (OL403); the rest of the ballot stands.</summary>
public enum MarkProblemCode
{
    /// <summary>Two or more different levels ticked for one column.</summary>
    MultipleLevels = 0,

    /// <summary>A level the criterion's scale does not have (or text that is not a score on a score scale).</summary>
    UnknownLevel = 1,

    /// <summary>A score outside the criterion's range.</summary>
    ScoreOutOfRange = 2,

    /// <summary>A candidate not on the ballot; the mark belongs to no column and is counted apart.</summary>
    UnknownCandidate = 3,

    /// <summary>A criterion the form's section does not have; the mark belongs to no column and is counted apart.</summary>
    UnknownCriterion = 4,
}
