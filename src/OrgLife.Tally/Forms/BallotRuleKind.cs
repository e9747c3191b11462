namespace OrgLife.Tally.Forms;

/// <summary>The kinds of ballot-level validity rule (废票规则).</summary>
public enum BallotRuleKind
{
    /// <summary>More than <c>Count</c> candidates marked at the rule's levels (e.g. 优秀超过 3 人).</summary>
    AtMostCount = 0,

    /// <summary>More candidates marked at the rule's levels than <c>Share</c> of the graded candidates (e.g. 优秀超过应评人数的 1/3).</summary>
    AtMostShare = 1,

    /// <summary>At least <c>Count</c> candidates marked at the rule's levels (e.g. 3 or more 不合格).</summary>
    AtLeastCount = 2,

    /// <summary>All marks on the criterion identical, when there are at least <c>Count</c> of them (everyone the same grade or score).</summary>
    AllIdentical = 3,

    /// <summary>More candidates marked on the criterion than <c>Count</c> places (选择人数多于名额).</summary>
    MoreMarkedThanPlaces = 4,

    /// <summary>A candidate's overall grade at the rule's levels while one of the other criteria is at its <c>ItemLevels</c> (e.g. 优秀 overall with an item marked 差).</summary>
    OverallInconsistent = 5,
}
