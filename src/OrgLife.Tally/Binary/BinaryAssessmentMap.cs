using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using OrgLife.Ids;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;

namespace OrgLife.Tally.Formats.Binary;

/// <summary>
/// How the blocks of a binary ballot file become assessments of the tally model: the file records per block only the
/// branch ID, the ballots, the number of candidates and each criterion's level count, so the form, the candidates'
/// IDs and the ballots issued come from here. Immutable; the functions are called concurrently and must be thread safe.
/// </summary>
public sealed record BinaryAssessmentMap
{
    private static readonly ConcurrentDictionary<string, BallotForm> InferredForms = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<int, AssessmentCandidates> PositionalLists = new();

    // The most inferred forms, and the largest candidate count, kept for reuse.
    private const int CacheLimit = 1024;

    /// <summary>Gets the defaults: <see cref="DefaultForm"/>, <see cref="PositionalCandidates"/>, issued = ballots in the block.</summary>
    public static BinaryAssessmentMap Default { get; } = new();

    /// <summary>
    /// Gets the form of a block from its criteria's level counts; it must have exactly those criteria in order, no
    /// committee section, and its first voter category receives the block's ballots. Default: <see cref="DefaultForm"/>.
    /// </summary>
    public Func<ImmutableArray<byte>, BallotForm> FormOf { get; init; } = DefaultForm;

    /// <summary>
    /// Gets the candidates of a block from its branch ID and candidate count, graded members in column order.
    /// Default: <see cref="PositionalCandidates"/>.
    /// </summary>
    public Func<long, int, AssessmentCandidates> CandidatesOf { get; init; } = (_, count) => PositionalCandidates(count);

    /// <summary>Gets the ballots issued of a block from its branch ID and ballot count. Default: the ballot count (nothing over-returned).</summary>
    public Func<long, int, long> IssuedOf { get; init; } = (_, ballots) => ballots;

    /// <summary>
    /// The built-in form a block's level counts describe: [4] → <see cref="BallotForms.FourGrades"/>, [3] →
    /// <see cref="BallotForms.GoodFairPoor"/>, [3, 3, 3, 3, 3, 4] → <see cref="BallotForms.SixCriteria"/> (the shapes
    /// <see cref="Synthetic.SyntheticBallotGenerator"/> writes); any other mix of 3- and 4-level criteria → criteria
    /// named 测评项目1, 测评项目2 … on 好/一般/差 or the four grades, the last one the overall grade when it has 4 levels
    /// (named 总体评价). One form instance per shape (for the first 1,024 shapes).
    /// </summary>
    /// <param name="levelCounts">Each criterion's level count, in column order.</param>
    /// <exception cref="ArgumentException">A criterion has neither 3 nor 4 levels: give the form with <see cref="FormOf"/>.</exception>
    public static BallotForm DefaultForm(ImmutableArray<byte> levelCounts)
    {
        var shape = levelCounts.AsSpan();
        if (shape.SequenceEqual((ReadOnlySpan<byte>)[4]))
        {
            return BallotForms.FourGrades;
        }

        if (shape.SequenceEqual((ReadOnlySpan<byte>)[3]))
        {
            return BallotForms.GoodFairPoor;
        }

        if (shape.SequenceEqual((ReadOnlySpan<byte>)[3, 3, 3, 3, 3, 4]))
        {
            return BallotForms.SixCriteria;
        }

        foreach (var levels in shape)
        {
            if (levels is not (3 or 4))
            {
                throw new ArgumentException($"No default form has a criterion of {levels} levels; give the form with {nameof(BinaryAssessmentMap)}.{nameof(FormOf)}.", nameof(levelCounts));
            }
        }

        // The caches hold the usual shapes and sizes only, so a file of ever new shapes cannot grow them without bound.
        var key = string.Join(',', levelCounts);
        return InferredForms.TryGetValue(key, out var known) ? known
            : InferredForms.Count < CacheLimit ? InferredForms.GetOrAdd(key, _ => InferForm(levelCounts))
            : InferForm(levelCounts);
    }

    /// <summary>Candidates named by their position in the block, "1" … "<paramref name="count"/>", all graded. One list instance per count up to 1,024.</summary>
    /// <param name="count">Candidates, at least 1.</param>
    public static AssessmentCandidates PositionalCandidates(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        static AssessmentCandidates Make(int n) => new(Enumerable.Range(1, n).Select(i => new MemberId(i.ToString(CultureInfo.InvariantCulture))));
        return count <= CacheLimit ? PositionalLists.GetOrAdd(count, Make) : Make(count);
    }

    /// <summary>
    /// Throws unless the form has exactly the block's criteria (by level count) and no committee section, and the
    /// candidates grade exactly the block's candidates.
    /// </summary>
    internal static void CheckFits(BallotForm form, AssessmentCandidates candidates, ReadOnlySpan<byte> levelCounts, int candidateCount, long branchId)
    {
        if (candidates.Graded.Length != candidateCount)
        {
            throw new ArgumentException($"Block of branch {branchId} has {candidateCount} candidates; the candidate list grades {candidates.Graded.Length}.", nameof(candidates));
        }

        if (!form.CommitteeCriteria.IsEmpty)
        {
            throw new ArgumentException($"The form '{form.Name}' has a committee section, which a binary block cannot hold (branch {branchId}).", nameof(form));
        }

        if (form.Criteria.Length != levelCounts.Length)
        {
            throw new ArgumentException($"Block of branch {branchId} has {levelCounts.Length} criteria per candidate; the form '{form.Name}' has {form.Criteria.Length}.", nameof(form));
        }

        for (var criterion = 0; criterion < levelCounts.Length; criterion++)
        {
            if (form.Criteria[criterion].Scale.LevelCount != levelCounts[criterion])
            {
                throw new ArgumentException($"Block of branch {branchId}: criterion {criterion + 1} has {levelCounts[criterion]} levels; the form's '{form.Criteria[criterion].Name}' has {form.Criteria[criterion].Scale.LevelCount}.", nameof(form));
            }
        }
    }

    private static BallotForm InferForm(ImmutableArray<byte> levelCounts)
    {
        var last = levelCounts.Length - 1;
        var criteria = levelCounts.Select((levels, i) => i == last && levels == 4
            ? new Criterion(BallotForms.OverallCriterionName, Scale.FourGrades, IsOverall: true)
            : new Criterion(string.Create(CultureInfo.InvariantCulture, $"测评项目{i + 1}"), levels == 4 ? Scale.FourGrades : Scale.GoodFairPoor));
        return new BallotForm($"民主测评表（{levelCounts.Length}项）", criteria, [new VoterCategory(BallotForms.MembersCategoryName)]);
    }
}
