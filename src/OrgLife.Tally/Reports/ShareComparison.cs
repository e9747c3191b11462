namespace OrgLife.Tally.Reports;

/// <summary>How a counted share is compared with a rule's share (超过 / 达到 / 低于 / 不超过).</summary>
public enum ShareComparison
{
    /// <summary>达到 — at least: <c>counted ≥ share × base</c> (inclusive).</summary>
    AtLeast = 0,

    /// <summary>超过 — more than: <c>counted &gt; share × base</c> (strict).</summary>
    MoreThan = 1,

    /// <summary>达不到 / 低于 — less than: <c>counted &lt; share × base</c> (strict).</summary>
    LessThan = 2,

    /// <summary>不超过 — at most: <c>counted ≤ share × base</c> (inclusive).</summary>
    AtMost = 3,
}
