using System.Collections.Immutable;
using System.Globalization;
using OrgLife.Ids;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Merging;
using OrgLife.Tally.Reports;

namespace OrgLife.Tally.Formats.Binary;

/// <summary>
/// The sink of <see cref="BinaryBallotTally.RollUp"/>: each block becomes an assessment tally, summarized into this
/// worker's roll-up; with <paramref name="countsOnly"/>, blocks that need no box and no report go the counts-only way
/// (<see cref="CountsRollUp"/>) instead.
/// </summary>
internal sealed class RollUpSink(SuggestionRule rule, Func<long, ImmutableArray<string>> levelPathOf, BinaryAssessmentMap map, Action<BinaryBranchReport>? onBranch, int maxListed, bool countsOnly) : IBlockSink
{
    private const int KeptCounts = 256;
    private readonly CountsRollUp? fast = countsOnly && onBranch is null && CountsRollUp.AppliesTo(rule) ? new CountsRollUp(rule) : null;
    private static readonly Func<long, int, AssessmentCandidates> PositionalCandidatesOf = BinaryAssessmentMap.Default.CandidatesOf;
    private readonly bool positional = ReferenceEquals(map.CandidatesOf, PositionalCandidatesOf);
    private byte[] lastLevels = [];
    private BallotForm? lastForm;
    private bool lastFormCountsOnly;
    // This worker's positional candidate lists and the lists known to fit the current form, by candidate count (most
    // branches have a few dozen members): no shared dictionary and no fit check per block when the count changes.
    private readonly AssessmentCandidates?[] positionalByCount = new AssessmentCandidates?[KeptCounts + 1];
    private readonly AssessmentCandidates?[] fittedByCount = new AssessmentCandidates?[KeptCounts + 1];
    private AssessmentCandidates? fitted;
    private int fittedCount;

    public TallyAccumulator Totals { get; } = new();

    public RollUp.RollUpBuilder Branches { get; } = new();

    public long RejectedBallots { get; private set; }

    /// <summary>Blocks no assessment fits (the map gives no form or candidates for them), listed up to the limit.</summary>
    public List<SkippedBlock> Unmapped { get; } = [];

    /// <summary>All blocks no assessment fits.</summary>
    public long UnmappedCount { get; private set; }

    public void Add(BallotBlock block)
    {
        BallotForm form;
        AssessmentCandidates candidates;
        long issued;
        try
        {
            form = FormOf(block.LevelCounts);
            candidates = CandidatesOf(block.BranchId, block.CandidateCount);
            issued = map.IssuedOf(block.BranchId, block.BallotCount);
            if (!Fits(candidates, block.CandidateCount))
            {
                // The fit depends on the form, the level counts and the candidates only: checked again when one changes.
                BinaryAssessmentMap.CheckFits(form, candidates, block.LevelCounts, block.CandidateCount, block.BranchId);
                Fitted(candidates, block.CandidateCount);
            }

            ArgumentOutOfRangeException.ThrowIfNegative(issued);
        }
        catch (ArgumentException exception)
        {
            // A legal block of an unfamiliar shape: skipped and named, the other blocks are counted.
            UnmappedCount++;
            if (Unmapped.Count < maxListed)
            {
                var reason = exception.ParamName is { } name ? exception.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal) : exception.Message;
                Unmapped.Add(new SkippedBlock(block.Offset, "level count", new("Block.Unmapped", ("detail", reason))) { OverLimit = true });
            }

            return;
        }

        var path = levelPathOf(block.BranchId);
        path = path.IsDefault ? [] : path;
        if (fast is not null && !block.HasSerials && lastFormCountsOnly)
        {
            // Returned = the block's ballots, all accepted (no box, no rules): void when more than issued (OL401).
            if (block.LevelCounts.Length == 1 && fast.TryAddSmall(block.BranchId, path, form, block.BallotCount > issued, block.BallotCount, block.CandidateCount, block.Marks, Totals))
            {
                return;
            }

            Totals.Add(block.BranchId, block.BallotCount, block.CandidateCount, block.LevelCounts, block.Marks, keep: false);
            fast.Add(block.BranchId, path, form, candidates.Graded.Length, block.BallotCount > issued, Totals.LastCounts, Totals.LastStride);
            return;
        }

        var counts = Totals.Add(block.BranchId, block.BallotCount, block.CandidateCount, block.LevelCounts, block.Marks, keep: true)!;
        // Validity rules and partly asked categories need each row, so such forms go through the box too.
        var tally = block.HasSerials || !form.ValidityRules.IsEmpty || form.VoterCategories.Any(c => !c.AsksEverything)
            ? ThroughBox(block, form, candidates, issued)
            : counts.ToAssessmentTally(form, candidates, issued);
        Branches.Add(new BranchTally(new BranchId(block.BranchId.ToString(CultureInfo.InvariantCulture)), path, tally), rule);
        onBranch?.Invoke(new BinaryBranchReport(block.BranchId, path, tally, tally.ToReport(rule)));
    }

    /// <summary>Adds what the counts-only path gathered into <see cref="Branches"/>; call once, after the last block.</summary>
    public void Finish() => fast?.AddTo(Branches);

    /// <summary>The map's form for these level counts; the last block's again when they are the same (most files have one shape).</summary>
    private BallotForm FormOf(ReadOnlySpan<byte> levelCounts)
    {
        if (lastForm is null || !levelCounts.SequenceEqual(lastLevels))
        {
            var levels = levelCounts.ToArray();
            fitted = null;
            Array.Clear(fittedByCount);
            lastForm = map.FormOf([.. levels]);
            lastLevels = levels;
            lastFormCountsOnly = CountsRollUp.AppliesTo(lastForm);
        }

        return lastForm;
    }

    /// <summary>The map's candidates; under the default (positional) map this worker's list of that count again.</summary>
    private AssessmentCandidates CandidatesOf(long branchId, int count)
    {
        if (!positional || count is < 1 or > KeptCounts)
        {
            return map.CandidatesOf(branchId, count);
        }

        return positionalByCount[count] ??= map.CandidatesOf(branchId, count);
    }

    /// <summary>True when these candidates, with this count, were found to fit the current form.</summary>
    private bool Fits(AssessmentCandidates candidates, int count) =>
        count is >= 1 and <= KeptCounts
            ? ReferenceEquals(fittedByCount[count], candidates)
            : ReferenceEquals(candidates, fitted) && count == fittedCount;

    /// <summary>Remembers that these candidates, with this count, fit the current form.</summary>
    private void Fitted(AssessmentCandidates candidates, int count)
    {
        if (count is >= 1 and <= KeptCounts)
        {
            fittedByCount[count] = candidates;
        }
        else
        {
            (fitted, fittedCount) = (candidates, count);
        }
    }

    /// <summary>Serials present (the box checks them, OL402) or a form that screens rows: the box counts the accepted rows.</summary>
    private AssessmentTally ThroughBox(BallotBlock block, BallotForm form, AssessmentCandidates candidates, long issued)
    {
        var serials = block.HasSerials ? new string[block.BallotCount] : null;
        for (var ballot = 0; ballot < (serials?.Length ?? 0); ballot++)
        {
            serials![ballot] = block.SerialOf(ballot).ToString(CultureInfo.InvariantCulture);
        }

        var box = new BallotBox(form, candidates, issued);
        RejectedBallots += box.AddCodedBlock(form.VoterCategories[0].Name, block.Marks, serials).Rejections.Length;
        return box.ToTally();
    }
}
