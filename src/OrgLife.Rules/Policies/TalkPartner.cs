namespace OrgLife.Rules.Policies;

/// <summary>Who must hold the pre-meeting talk with each member (OL104).</summary>
public enum TalkPartner
{
    /// <summary>Any committee member (City-2019 一(三)).</summary>
    AnyCommitteeMember = 0,

    /// <summary>The secretary personally (Collection 第五篇 (一)2).</summary>
    Secretary = 1,
}
