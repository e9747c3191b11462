namespace OrgLife.Rules.Policies;

/// <summary>How "半数以上" (half or more) is read for the quorum rules OL201 and OL202.</summary>
public enum QuorumMode
{
    /// <summary>Half or more, the literal reading of the 条例 ("以上" includes the number itself). The default.</summary>
    HalfOrMore = 0,

    /// <summary>Strictly more than half, for organizations that read the rule that way.</summary>
    MoreThanHalf = 1,
}
