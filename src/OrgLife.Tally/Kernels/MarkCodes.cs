namespace OrgLife.Tally.Kernels;

/// <summary>
/// How a mark is stored in a dense mark matrix: one byte per (ballot, column).
/// 0 is a blank (an abstention), 1…<c>levelCount</c> is the level chosen (1 = the first, best level of
/// the column's scale), and 255 is a void mark. The ballot box writes nothing else.
/// </summary>
public static class MarkCodes
{
    /// <summary>No mark: an abstention (弃权).</summary>
    public const byte Blank = 0;

    /// <summary>A void mark: two levels ticked, an unknown level, or an unknown candidate (废票 for that column only).</summary>
    public const byte Void = 255;

    /// <summary>The largest number of levels a kernel column may have (codes 1…254).</summary>
    public const int MaxLevelCount = 254;
}
