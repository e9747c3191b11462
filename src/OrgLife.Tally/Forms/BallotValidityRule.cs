using System.Collections.Immutable;

namespace OrgLife.Tally.Forms;

/// <summary>
/// 废票规则 — a rule that voids a whole ballot or one section of it, checked in the ballot box as each ballot
/// arrives (no second pass over the input). Ballots and sections voided are counted apart per rule; the tally can
/// still be reported without the rules (<c>AssessmentTally.WithoutValidityRules</c>). Levels are 1-based (1 = the
/// best level; on a score scale, the score's level <c>score − min + 1</c>). Immutable; checked against the form when the
/// form is made.
/// </summary>
public sealed record BallotValidityRule
{
    private BallotValidityRule(string name, BallotRuleKind kind, VoidScope scope, ImmutableArray<int> levels, int count, (int Numerator, int Denominator) share, ImmutableArray<int> itemLevels)
    {
        Name = name;
        Kind = kind;
        Scope = scope;
        Levels = levels;
        Count = count;
        ShareNumerator = share.Numerator;
        ShareDenominator = share.Denominator;
        ItemLevels = itemLevels;
    }

    /// <summary>The rule's name as reports show it (e.g. 优秀超过3人).</summary>
    public string Name { get; }

    /// <summary>What the rule checks.</summary>
    public BallotRuleKind Kind { get; }

    /// <summary>What the rule voids.</summary>
    public VoidScope Scope { get; }

    /// <summary>The criterion checked, by name; null for the form's default criterion (the overall grade, else the only one).</summary>
    public string? Criterion { get; init; }

    /// <summary>The levels counted (caps, low marks) or the overall grade's levels (inconsistency); empty for the other kinds.</summary>
    public ImmutableArray<int> Levels { get; }

    /// <summary>The number of the rule: the cap, the minimum of low marks, the places, or the fewest marks for identical-marks.</summary>
    public int Count { get; }

    /// <summary>The numerator of the share of graded candidates for <see cref="BallotRuleKind.AtMostShare"/> (1 in 1/3); 0 otherwise.</summary>
    public int ShareNumerator { get; }

    /// <summary>The denominator of that share (3 in 1/3); 1 otherwise.</summary>
    public int ShareDenominator { get; }

    /// <summary>The other criteria's levels that contradict the overall grade (<see cref="BallotRuleKind.OverallInconsistent"/>); empty otherwise.</summary>
    public ImmutableArray<int> ItemLevels { get; }

    /// <summary>Void when more than <paramref name="max"/> candidates are marked at <paramref name="levels"/> (the per-ballot Excellent cap).</summary>
    /// <param name="name">The rule's name.</param>
    /// <param name="levels">The levels counted, at least one.</param>
    /// <param name="max">The most allowed, 0 or more.</param>
    /// <param name="scope">What is voided.</param>
    public static BallotValidityRule AtMostCount(string name, IEnumerable<int> levels, int max, VoidScope scope = VoidScope.Ballot) =>
        new(name, BallotRuleKind.AtMostCount, scope, Listed(levels), max, (0, 1), []);

    /// <summary>
    /// Void when more than <paramref name="numerator"/>/<paramref name="denominator"/> of the graded candidates are marked
    /// at <paramref name="levels"/>, compared exactly on integers: <c>count × denominator &gt; numerator × graded</c>.
    /// </summary>
    /// <param name="name">The rule's name.</param>
    /// <param name="levels">The levels counted, at least one.</param>
    /// <param name="numerator">The share's numerator, 0 or more (1 in 1/3).</param>
    /// <param name="denominator">The share's denominator, above 0 and not below the numerator (3 in 1/3).</param>
    /// <param name="scope">What is voided.</param>
    public static BallotValidityRule AtMostShare(string name, IEnumerable<int> levels, int numerator, int denominator, VoidScope scope = VoidScope.Ballot) =>
        new(name, BallotRuleKind.AtMostShare, scope, Listed(levels), 0, (numerator, denominator), []);

    /// <summary>Void when at least <paramref name="min"/> candidates are marked at <paramref name="levels"/>.</summary>
    /// <param name="name">The rule's name.</param>
    /// <param name="levels">The levels counted, at least one.</param>
    /// <param name="min">The count that voids, 1 or more.</param>
    /// <param name="scope">What is voided.</param>
    public static BallotValidityRule AtLeastCount(string name, IEnumerable<int> levels, int min, VoidScope scope = VoidScope.Ballot) =>
        new(name, BallotRuleKind.AtLeastCount, scope, Listed(levels), min, (0, 1), []);

    /// <summary>Void when at least <paramref name="minimumMarks"/> candidates are marked on the criterion and all at the same level (or score).</summary>
    /// <param name="name">The rule's name.</param>
    /// <param name="minimumMarks">The fewest marks for the rule to apply, 2 or more.</param>
    /// <param name="scope">What is voided.</param>
    public static BallotValidityRule AllIdentical(string name, int minimumMarks = 2, VoidScope scope = VoidScope.Ballot) =>
        new(name, BallotRuleKind.AllIdentical, scope, [], minimumMarks, (0, 1), []);

    /// <summary>Void when more than <paramref name="places"/> candidates are marked on the criterion (a blank is not a mark, a void mark is).</summary>
    /// <param name="name">The rule's name.</param>
    /// <param name="places">The places, 0 or more.</param>
    /// <param name="scope">What is voided.</param>
    public static BallotValidityRule MoreMarkedThanPlaces(string name, int places, VoidScope scope = VoidScope.Ballot) =>
        new(name, BallotRuleKind.MoreMarkedThanPlaces, scope, [], places, (0, 1), []);

    /// <summary>Void when a candidate's overall grade is at <paramref name="overallLevels"/> while another criterion of the candidate is at <paramref name="itemLevels"/>.</summary>
    /// <param name="name">The rule's name.</param>
    /// <param name="overallLevels">The overall grade's levels checked.</param>
    /// <param name="itemLevels">The other criteria's levels that contradict them.</param>
    /// <param name="scope">What is voided: the ballot, or that candidate's section.</param>
    public static BallotValidityRule OverallInconsistent(string name, IEnumerable<int> overallLevels, IEnumerable<int> itemLevels, VoidScope scope = VoidScope.Section) =>
        new(name, BallotRuleKind.OverallInconsistent, scope, Listed(overallLevels), 0, (0, 1), Listed(itemLevels));

    /// <inheritdoc />
    public bool Equals(BallotValidityRule? other) =>
        other is not null && Name == other.Name && Kind == other.Kind && Scope == other.Scope && Criterion == other.Criterion
        && Count == other.Count && ShareNumerator == other.ShareNumerator && ShareDenominator == other.ShareDenominator && Levels.SequenceEqual(other.Levels) && ItemLevels.SequenceEqual(other.ItemLevels);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Kind, Scope, Criterion, Count, ShareNumerator, ShareDenominator);

    /// <summary>Checks the rule against its form; problems are added with <paramref name="path"/>.</summary>
    internal void Validate(BallotForm form, string path, List<FormProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            problems.Add(new(path + ".name", "a validity rule needs a name."));
        }

        if (!Enum.IsDefined(Kind) || !Enum.IsDefined(Scope))
        {
            problems.Add(new(path, "unknown rule kind or scope."));
            return;
        }

        var index = CriterionIndex(form);
        if (index < 0)
        {
            problems.Add(new(path + ".criterion", Criterion is null ? "the form has no default criterion; name one." : $"the form has no candidate criterion '{Criterion}'."));
            return;
        }

        var levelCount = form.Criteria[index].Scale.LevelCount;
        var needsLevels = Kind is BallotRuleKind.AtMostCount or BallotRuleKind.AtMostShare or BallotRuleKind.AtLeastCount or BallotRuleKind.OverallInconsistent;
        if (needsLevels && (Levels.IsDefaultOrEmpty || Levels.Any(l => l < 1 || l > levelCount)))
        {
            problems.Add(new(path + ".levels", $"give at least one level, each 1–{levelCount}."));
        }

        if (Kind == BallotRuleKind.OverallInconsistent)
        {
            var others = form.Criteria.Where((_, i) => i != index).ToList();
            if (!form.Criteria[index].IsOverall || others.Count == 0)
            {
                problems.Add(new(path + ".criterion", "an inconsistency rule checks the overall grade of a form with other criteria."));
            }
            else if (ItemLevels.IsDefaultOrEmpty || ItemLevels.Any(l => l < 1 || others.All(c => l > c.Scale.LevelCount)))
            {
                problems.Add(new(path + ".itemLevels", "give at least one item level within the other criteria's scales."));
            }
        }

        var countOk = Kind switch
        {
            BallotRuleKind.AtLeastCount => Count >= 1,
            BallotRuleKind.AllIdentical => Count >= 2,
            _ => Count >= 0,
        };
        if (!countOk)
        {
            problems.Add(new(path + ".count", $"the count {Count} is too small for this rule."));
        }

        if (ShareNumerator < 0 || ShareDenominator <= 0 || ShareNumerator > ShareDenominator)
        {
            problems.Add(new(path + ".share", $"the share {ShareNumerator}/{ShareDenominator} is not in [0, 1]."));
        }
    }

    private static ImmutableArray<int> Listed(IEnumerable<int> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        return [.. levels.Distinct().Order()];
    }

    /// <summary>The checked criterion's index in the form, or −1.</summary>
    internal int CriterionIndex(BallotForm form) =>
        Criterion is null ? form.DefaultCriterionIndex : form.Criteria.IndexOf(form.Criteria.FirstOrDefault(c => c.Name == Criterion)!);
}
