using System.Collections.Immutable;
using OrgLife.Tally.Kernels;

namespace OrgLife.Tally.Formats.Binary;

/// <summary>
/// One worker's running totals: counts each block with <see cref="MarkCounter"/> into a reused buffer, folds codes
/// above a criterion's own level count into its void count, and adds the block to per-criterion totals.
/// Not thread safe: one per worker, created on the worker's own thread (so two workers' counters never share a
/// cache line), merged at the end.
/// </summary>
internal sealed class TallyAccumulator
{
    private const int Slots = MarkCodes.MaxLevelCount + 2;
    private const int ScaleSlots = MarkHistogram.MaxVectorLevelCount + 2;
    private readonly long[] totals = new long[BallotFileLayout.MaxCriteria * Slots];
    private readonly int[] widestLevels = new int[BallotFileLayout.MaxCriteria];
    private readonly long[] byScale = new long[(MarkHistogram.MaxVectorLevelCount + 1) * ScaleSlots];
    private long[] counts = new long[1024];
    private int scalesSeen;
    private int criteriaSeen;
    private int lastSize;

    public long Branches { get; private set; }

    public long Ballots { get; private set; }

    public long Marks { get; private set; }

    /// <summary>The last block's counts as <see cref="Add"/> left them (blank, levels 1…L, void per column); valid until the next call.</summary>
    public ReadOnlySpan<long> LastCounts => counts.AsSpan(0, lastSize);

    /// <summary>Slots per column of <see cref="LastCounts"/>.</summary>
    public int LastStride { get; private set; }

    /// <summary>Counts one branch's matrix; returns its tally when <paramref name="keep"/>, else null (no allocation).</summary>
    public BinaryBranchCounts? Add(long branchId, int ballotCount, int candidateCount, ReadOnlySpan<byte> levelCounts, ReadOnlySpan<byte> marks, bool keep)
    {
        var criteria = levelCounts.Length;
        var levelCount = 0;
        foreach (var levels in levelCounts)
        {
            levelCount = Math.Max(levelCount, levels);
        }

        var stride = levelCount + 2;
        var columns = candidateCount * criteria;
        var size = columns * stride;
        if (counts.Length < size)
        {
            counts = new long[Math.Max(size, counts.Length * 2)];
        }

        var branch = counts.AsSpan(0, size);
        branch.Clear();
        MarkCounter.Count(marks, columns, levelCount, branch);
        for (var criterion = 0; criterion < criteria; criterion++)
        {
            int own = levelCounts[criterion];
            var total = totals.AsSpan(criterion * Slots, Slots);
            for (var column = criterion; column < columns; column += criteria)
            {
                var slots = branch.Slice(column * stride, stride);
                for (var level = own + 1; level <= levelCount; level++)
                {
                    // A code above this criterion's own scale is void for it.
                    slots[levelCount + 1] += slots[level];
                    slots[level] = 0;
                }

                for (var slot = 0; slot <= own; slot++)
                {
                    total[slot] += slots[slot];
                }

                total[Slots - 1] += slots[levelCount + 1];
            }

            widestLevels[criterion] = Math.Max(widestLevels[criterion], own);
        }

        criteriaSeen = Math.Max(criteriaSeen, criteria);
        lastSize = size;
        LastStride = stride;
        Branches++;
        Ballots += ballotCount;
        Marks += marks.Length;
        return keep
            ? new BinaryBranchCounts(branchId, ballotCount, candidateCount, criteria, levelCount, [.. levelCounts], [.. branch])
            : null;
    }

    /// <summary>
    /// Adds a one-criterion branch to the totals only (no per-column counts: <see cref="LastCounts"/> is not set): its
    /// codes counted regardless of column (<see cref="MarkHistogram"/>). The totals equal <see cref="Add"/>'s.
    /// </summary>
    public void AddTotalsOnly(int ballotCount, int levelCount, ReadOnlySpan<byte> marks)
    {
        if (levelCount > MarkHistogram.MaxVectorLevelCount)
        {
            // Sized to the block's scale: zeroing all 256 possible slots per block cost more than counting a small one.
            Span<long> branch = stackalloc long[levelCount + 2];
            MarkHistogram.Count(marks, levelCount, branch);
            AddOneCriterion(ballotCount, levelCount, marks.Length, branch);
            return;
        }

        // Counted straight into the running row of its scale, folded into the totals once at the end (Fold): nothing
        // to zero or add per block.
        MarkHistogram.Count(marks, levelCount, byScale.AsSpan(levelCount * ScaleSlots, levelCount + 2));
        scalesSeen |= 1 << levelCount;
        lastSize = 0;
        Branches++;
        Ballots += ballotCount;
        Marks += marks.Length;
    }

    /// <summary>Adds a one-criterion branch counted elsewhere: <paramref name="counts"/> holds its blanks, levels 1…<paramref name="levelCount"/> and void marks over every column.</summary>
    public void AddOneCriterion(int ballotCount, int levelCount, long markCount, ReadOnlySpan<long> counts)
    {
        AddOneCriterionCounts(levelCount, counts);
        lastSize = 0;
        Branches++;
        Ballots += ballotCount;
        Marks += markCount;
    }

    /// <summary>Adds another worker's totals into these.</summary>
    public void Merge(TallyAccumulator other)
    {
        Fold();
        other.Fold();
        for (var criterion = 0; criterion < BallotFileLayout.MaxCriteria; criterion++)
        {
            for (var slot = 0; slot < Slots; slot++)
            {
                totals[(criterion * Slots) + slot] += other.totals[(criterion * Slots) + slot];
            }

            widestLevels[criterion] = Math.Max(widestLevels[criterion], other.widestLevels[criterion]);
        }

        criteriaSeen = Math.Max(criteriaSeen, other.criteriaSeen);
        Branches += other.Branches;
        Ballots += other.Ballots;
        Marks += other.Marks;
    }

    public NationalTally ToNational(ImmutableArray<SkippedBlock> skipped, long skippedCount)
    {
        Fold();
        var criteria = ImmutableArray.CreateBuilder<ImmutableArray<long>>(criteriaSeen);
        for (var criterion = 0; criterion < criteriaSeen; criterion++)
        {
            var levels = widestLevels[criterion];
            var row = new long[levels + 2];
            for (var slot = 0; slot <= levels; slot++)
            {
                row[slot] = totals[(criterion * Slots) + slot];
            }

            row[levels + 1] = totals[(criterion * Slots) + Slots - 1];
            criteria.Add([.. row]);
        }

        return new NationalTally(Branches, Ballots, Marks, criteria.MoveToImmutable(), skipped, skippedCount);
    }

    /// <summary>Adds a one-criterion scale's counts (blank, levels, void) to the first criterion's totals.</summary>
    private void AddOneCriterionCounts(int levelCount, ReadOnlySpan<long> counts)
    {
        var total = totals.AsSpan(0, Slots);
        for (var slot = 0; slot <= levelCount; slot++)
        {
            total[slot] += counts[slot];
        }

        total[Slots - 1] += counts[levelCount + 1];
        widestLevels[0] = Math.Max(widestLevels[0], levelCount);
        criteriaSeen = Math.Max(criteriaSeen, 1);
    }

    /// <summary>Adds the running rows of <see cref="AddTotalsOnly"/> into the first criterion's totals and clears them.</summary>
    private void Fold()
    {
        for (var levelCount = 1; levelCount <= MarkHistogram.MaxVectorLevelCount; levelCount++)
        {
            if ((scalesSeen & (1 << levelCount)) != 0)
            {
                var row = byScale.AsSpan(levelCount * ScaleSlots, levelCount + 2);
                AddOneCriterionCounts(levelCount, row);
                row.Clear();
            }
        }

        scalesSeen = 0;
    }
}
