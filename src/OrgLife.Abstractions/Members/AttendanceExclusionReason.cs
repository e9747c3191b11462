namespace OrgLife.Members;

/// <summary>
/// Why a member may be left out of the number due to attend (应到会人数), with the superior's
/// consent and the meeting's approval (支部工作条例 第十一条 and its practice).
/// </summary>
public enum AttendanceExclusionReason
{
    /// <summary>Unable to express their own will.</summary>
    UnableToExpressWill = 0,

    /// <summary>Abroad at their own expense for six months or more.</summary>
    AbroadSixMonthsOrMore = 1,

    /// <summary>Serving a sentence.</summary>
    ServingSentence = 2,

    /// <summary>Bedridden.</summary>
    Bedridden = 3,

    /// <summary>Membership relations not transferred for six months or more.</summary>
    RelationsNotTransferred = 4,
}
