namespace OrgLife.Tally.Kernels;

/// <summary>Checks that a mark matrix and its counters fit together, with errors that say which part is wrong.</summary>
internal static class MarkMatrixShape
{
    /// <summary>Throws unless the matrix is whole rows and the counters have the documented size.</summary>
    internal static void Validate(int markCount, int columnCount, int levelCount, int counterCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columnCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(levelCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(levelCount, MarkCodes.MaxLevelCount);
        if (markCount % columnCount != 0)
        {
            throw new ArgumentException($"The mark matrix holds {markCount} marks, not a whole number of rows of {columnCount} columns.", "marks");
        }

        var needed = (long)columnCount * (levelCount + 2);
        if (counterCount != needed)
        {
            throw new ArgumentException($"Expected {needed} counters ({columnCount} columns × ({levelCount} levels + blank + void)), got {counterCount}.", "counts");
        }
    }
}
