using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Runtime.Intrinsics;
using OrgLife.Grades;
using OrgLife.Ids;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Kernels;
using OrgLife.Tally.Merging;
using OrgLife.Tally.Reports;

namespace OrgLife.Tally.Formats.Binary;

/// <summary>
/// The roll-up's fast path for blocks counted without a ballot box: from a branch's counters straight to its suggested
/// grades, cap flag and distributions, added into one accumulator per level path, with no assessment tally, report or
/// node made per branch. It applies only under plain plurality (no thresholds, score grading, turnout condition or
/// category weighting) and to forms without validity rules whose categories are asked every column; anything else goes
/// the reference way (<see cref="RollUp.RollUpBuilder.Add(BranchTally, SuggestionRule)"/>). A property binds the two.
/// One per worker, not thread safe.
/// </summary>
internal sealed class CountsRollUp(SuggestionRule rule)
{
    private readonly Dictionary<string, PathTotals> byPath = new(StringComparer.Ordinal);
    private readonly List<ExcellentCapBreach> breaches = [];
    private BallotForm? lastForm;
    private FormPlan? lastPlan;
    private PathTotals? lastTotals;

    /// <summary>True when the rule is plain plurality, so that suggestions need nothing but the overall column's counts.</summary>
    public static bool AppliesTo(SuggestionRule rule) =>
        rule.Thresholds.IsEmpty && rule.Grading is null && rule.Turnout is null && !rule.CombineCategoriesByWeight;

    /// <summary>True when the form's tally is the block's counters in its first category alone (what <see cref="BinaryBranchCounts.ToAssessmentTally(BallotForm, AssessmentCandidates, long)"/> makes).</summary>
    public static bool AppliesTo(BallotForm form) =>
        form.ValidityRules.IsEmpty && form.CommitteeCriteria.IsEmpty && form.VoterCategories.All(c => c.AsksEverything);

    /// <summary>Adds one branch from its counters (blank, levels 1…L, void per column; L the widest level count).</summary>
    public void Add(long branchId, ImmutableArray<string> path, BallotForm form, int graded, bool isVoid, ReadOnlySpan<long> counts, int stride)
    {
        var plan = PlanOf(form);
        Span<long> suggested = stackalloc long[5];
        Span<long> votes = stackalloc long[5];
        Span<long> plurality = stackalloc long[4];
        long blanks = 0, voids = 0;
        for (var candidate = 0; candidate < graded; candidate++)
        {
            if (plan.Overall < 0)
            {
                suggested[0]++;
                continue;
            }

            var slots = counts.Slice(((candidate * plan.Criteria) + plan.Overall) * stride, stride);
            blanks += slots[0];
            voids += slots[stride - 1];
            if (plan.FourGrades)
            {
                // Level i is grade i for the suggestion and the vote (the four-grade scale): no look-ups.
                long excellentVotes = slots[1], qualified = slots[2], basically = slots[3], unqualified = slots[4];
                votes[1] += excellentVotes;
                votes[2] += qualified;
                votes[3] += basically;
                votes[4] += unqualified;
                var any = excellentVotes + qualified + basically + unqualified;
                suggested[isVoid || any == 0 ? 0 : Pick(excellentVotes, qualified, basically, unqualified)]++;
                continue;
            }

            plurality.Clear();
            long valid = 0;
            for (var level = 1; level <= plan.LevelCount; level++)
            {
                var count = slots[level];
                if (plan.VoteGrade[level] is var vote and > 0)
                {
                    votes[vote] += count;
                    valid += count;
                }

                if (plan.SuggestGrade[level] is var grade and > 0)
                {
                    plurality[grade - 1] += count;
                }
            }

            suggested[isVoid || valid == 0 ? 0 : Pick(plurality)]++;
        }

        AddBranch(branchId, path, graded, isVoid, suggested, votes, blanks, voids);
    }

    /// <summary>
    /// Counts and adds a one-criterion branch in one pass, when its form's only criterion is the overall one on the
    /// four-grade scale and it is small (<see cref="RowMarkCounter.TryCountSmall"/>): each candidate's counts go from
    /// the kernel's byte counters straight to the suggestion and the sums, and the block's totals to
    /// <paramref name="totals"/>, without 64-bit counters per column. Returns false, adding nothing, for any other
    /// block (the caller then takes <see cref="Add"/>). Equal to counting with <see cref="TallyAccumulator.Add"/>
    /// then <see cref="Add"/> (a property binds them).
    /// </summary>
    public bool TryAddSmall(long branchId, ImmutableArray<string> path, BallotForm form, bool isVoid, int ballotCount, int candidateCount, ReadOnlySpan<byte> marks, TallyAccumulator totals)
    {
        var plan = PlanOf(form);
        const int Codes = 5;
        Span<byte> counters = stackalloc byte[Codes * 64];
        if (!plan.FourGrades || plan.Criteria != 1 || !RowMarkCounter.TryCountSmall(marks, candidateCount, Codes - 1, counters, out var width))
        {
            return false;
        }

        // Every candidate at once, one lane each: the sums, then the plurality with the rule's tie break.
        var rows = marks.Length / candidateCount;
        var inBranch = Vector512.LessThan(Vector512<byte>.Indices, Vector512.Create((byte)candidateCount));
        var lanes = candidateCount == 64 ? ulong.MaxValue : (1UL << candidateCount) - 1;
        var blank = Vector512.Create((ReadOnlySpan<byte>)counters) & inBranch;
        var excellent = Vector512.Create((ReadOnlySpan<byte>)counters[width..]) & inBranch;
        var qualified = Vector512.Create((ReadOnlySpan<byte>)counters[(2 * width)..]) & inBranch;
        var basically = Vector512.Create((ReadOnlySpan<byte>)counters[(3 * width)..]) & inBranch;
        var unqualified = Vector512.Create((ReadOnlySpan<byte>)counters[(4 * width)..]) & inBranch;
        Span<long> votes = [0, Sum(excellent), Sum(qualified), Sum(basically), Sum(unqualified)];
        var blanks = Sum(blank);
        var voids = ((long)rows * candidateCount) - blanks - votes[1] - votes[2] - votes[3] - votes[4];

        Span<long> suggested = stackalloc long[5];
        if (isVoid)
        {
            suggested[0] = candidateCount;
        }
        else
        {
            var best = Vector512.Max(Vector512.Max(excellent, qualified), Vector512.Max(basically, unqualified));
            var isExcellent = Vector512.Equals(excellent, best);
            var isQualified = Vector512.Equals(qualified, best);
            var isBasically = Vector512.Equals(basically, best);
            var isUnqualified = Vector512.Equals(unqualified, best);
            var first = Vector512.ConditionalSelect(isExcellent, Vector512.Create((byte)1), Vector512.ConditionalSelect(isQualified, Vector512.Create((byte)2), Vector512.ConditionalSelect(isBasically, Vector512.Create((byte)3), Vector512.Create((byte)4))));
            var last = Vector512.ConditionalSelect(isUnqualified, Vector512.Create((byte)4), Vector512.ConditionalSelect(isBasically, Vector512.Create((byte)3), Vector512.ConditionalSelect(isQualified, Vector512.Create((byte)2), Vector512.Create((byte)1))));
            var tie = rule.TieBreak switch
            {
                TieBreak.TowardLessFavourable => last,
                TieBreak.TowardMoreFavourable => first,
                _ => Vector512<byte>.Zero,
            };
            var pick = Vector512.ConditionalSelect(Vector512.Equals(first, last), first, tie);

            // No valid vote: no suggestion.
            pick = Vector512.ConditionalSelect(Vector512.Equals(best, Vector512<byte>.Zero), Vector512<byte>.Zero, pick);
            long picked = 0;
            for (var grade = 1; grade <= 4; grade++)
            {
                suggested[grade] = BitOperations.PopCount(Vector512.Equals(pick, Vector512.Create((byte)grade)).ExtractMostSignificantBits() & lanes);
                picked += suggested[grade];
            }

            suggested[0] = candidateCount - picked;
        }

        totals.AddOneCriterion(ballotCount, Codes - 1, marks.Length, [blanks, votes[1], votes[2], votes[3], votes[4], voids]);
        AddBranch(branchId, path, candidateCount, isVoid, suggested, votes, blanks, voids);
        return true;
    }

    /// <summary>The sum of a register's bytes (at most 64 × 255).</summary>
    private static long Sum(Vector512<byte> bytes) =>
        Vector512.Sum(Vector512.WidenLower(bytes) + Vector512.WidenUpper(bytes));

    /// <summary>Adds a branch's suggestions and sums to its level path, and its breach of the Excellent cap, if any.</summary>
    private void AddBranch(long branchId, ImmutableArray<string> path, int graded, bool isVoid, ReadOnlySpan<long> suggested, ReadOnlySpan<long> votes, long blanks, long voids)
    {
        var excellent = suggested[(int)Grade.Excellent];
        var over = rule.ExcellentCap.IsExceededBy(excellent, graded);
        TotalsOf(path).Add(isVoid, graded, suggested, votes, blanks, voids, over);
        if (over)
        {
            breaches.Add(new ExcellentCapBreach(new BranchId(branchId.ToString(CultureInfo.InvariantCulture)), path, excellent, graded));
        }
    }

    /// <summary>Adds everything counted here into a roll-up builder, as the branches one by one would have.</summary>
    public void AddTo(RollUp.RollUpBuilder builder)
    {
        foreach (var totals in byPath.Values)
        {
            builder.Add((totals.ToNode(), null, totals.Path));
        }

        foreach (var breach in breaches)
        {
            builder.AddBreach(breach);
        }
    }

    /// <summary>The running sums of a level path; the last path's again when the path is the same array (one call of the level path function per branch usually returns a shared one).</summary>
    private PathTotals TotalsOf(ImmutableArray<string> path)
    {
        if (lastTotals is not null && lastTotals.Path == path)
        {
            return lastTotals;
        }

        var key = RollUp.Key(path);
        if (!byPath.TryGetValue(key, out var totals))
        {
            byPath.Add(key, totals = new PathTotals(path));
        }

        return lastTotals = totals;
    }

    /// <summary><see cref="Pick(ReadOnlySpan{long})"/> of four counts, without a span.</summary>
    private int Pick(long excellent, long qualified, long basically, long unqualified)
    {
        var best = Math.Max(Math.Max(excellent, qualified), Math.Max(basically, unqualified));
        var first = excellent == best ? 1 : qualified == best ? 2 : basically == best ? 3 : 4;
        var last = unqualified == best ? 4 : basically == best ? 3 : qualified == best ? 2 : 1;
        return first == last ? first : rule.TieBreak switch
        {
            TieBreak.TowardLessFavourable => last,
            TieBreak.TowardMoreFavourable => first,
            _ => 0,
        };
    }

    /// <summary>Plurality over the four grades' whole counts, ties by the rule's tie break; 0 for no suggestion.</summary>
    private int Pick(ReadOnlySpan<long> byGrade)
    {
        var best = byGrade[0];
        for (var i = 1; i < byGrade.Length; i++)
        {
            best = Math.Max(best, byGrade[i]);
        }

        int first = 0, last = 0;
        for (var i = 0; i < byGrade.Length; i++)
        {
            if (byGrade[i] == best)
            {
                first = first == 0 ? i + 1 : first;
                last = i + 1;
            }
        }

        return first == last ? first : rule.TieBreak switch
        {
            TieBreak.TowardLessFavourable => last,
            TieBreak.TowardMoreFavourable => first,
            _ => 0,
        };
    }

    private FormPlan PlanOf(BallotForm form)
    {
        if (!ReferenceEquals(form, lastForm))
        {
            lastPlan = new FormPlan(form, rule);
            lastForm = form;
        }

        return lastPlan!;
    }

    /// <summary>Per level of a form's overall criterion: the grade it suggests toward and the grade its vote counts for (0: none).</summary>
    private sealed class FormPlan
    {
        public FormPlan(BallotForm form, SuggestionRule rule)
        {
            Criteria = form.Criteria.Length;
            if (form.OverallCriterion is not { } overall)
            {
                Overall = -1;
                SuggestGrade = VoteGrade = [];
                return;
            }

            Overall = form.OverallCriterionIndex;
            var scale = overall.Scale;
            LevelCount = scale.LevelCount;
            SuggestGrade = new int[LevelCount + 1];
            VoteGrade = new int[LevelCount + 1];
            for (var level = 1; level <= LevelCount; level++)
            {
                // As the suggestion engine maps marks (a custom scale's level may carry no grade) and as the roll-up counts votes.
                var grade = scale.Kind switch
                {
                    ScaleKind.GoodFairPoor or ScaleKind.Satisfaction => rule.ThreeLevelGrades[level - 1],
                    ScaleKind.Score => GradeSuggester.GradeOf(scale, level, rule),
                    _ => scale.Levels[level - 1].Grade,
                };
                SuggestGrade[level] = grade is { } g ? (int)g : 0;
                VoteGrade[level] = scale.IsNonOpinion(level) ? 0 : (int)GradeSuggester.GradeOf(scale, level, rule);
            }

            FourGrades = LevelCount == 4 && Enumerable.Range(1, 4).All(level => SuggestGrade[level] == level && VoteGrade[level] == level);
        }

        /// <summary>Gets a value indicating whether the overall scale has four levels, level i suggesting and voting grade i.</summary>
        public bool FourGrades { get; }

        public int Criteria { get; }

        public int Overall { get; }

        public int LevelCount { get; }

        public int[] SuggestGrade { get; }

        public int[] VoteGrade { get; }
    }

    /// <summary>The running sums of every branch with one level path.</summary>
    private sealed class PathTotals(ImmutableArray<string> path)
    {
        private readonly long[] suggested = new long[5];
        private readonly long[] votes = new long[5];
        private readonly long[] voidVotes = new long[5];
        private long branches, voidAssessments, graded, abstentions, voidMarks, voidAbstentions, voidVoidMarks, over;

        public ImmutableArray<string> Path { get; } = path;

        public void Add(bool isVoid, int gradedMembers, ReadOnlySpan<long> suggestedByGrade, ReadOnlySpan<long> votesByGrade, long blanks, long voids, bool overCap)
        {
            branches++;
            graded += gradedMembers;
            over += overCap ? 1 : 0;
            for (var grade = 0; grade < 5; grade++)
            {
                suggested[grade] += suggestedByGrade[grade];
            }

            // A void assessment's marks are in no total (OL401, Revision 2): they are reported apart.
            var target = isVoid ? voidVotes : votes;
            for (var grade = 0; grade < 5; grade++)
            {
                target[grade] += votesByGrade[grade];
            }

            if (isVoid)
            {
                voidAssessments++;
                voidAbstentions += blanks;
                voidVoidMarks += voids;
            }
            else
            {
                abstentions += blanks;
                voidMarks += voids;
            }
        }

        public RollUpNode ToNode() =>
            new(Path, branches, voidAssessments, graded, Distribution(suggested), Distribution(votes), abstentions, voidMarks, over)
            {
                VoidAssessmentVotes = Distribution(voidVotes),
                VoidAssessmentAbstentions = voidAbstentions,
                VoidAssessmentVoidMarks = voidVoidMarks,
            };

        private static GradeDistribution Distribution(long[] byGrade) =>
            new(byGrade[(int)Grade.Excellent], byGrade[(int)Grade.Qualified], byGrade[(int)Grade.BasicallyQualified], byGrade[(int)Grade.Unqualified], byGrade[0]);
    }
}
