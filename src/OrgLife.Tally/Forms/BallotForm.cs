using System.Collections.Immutable;

namespace OrgLife.Tally.Forms;

/// <summary>
/// 民主测评表 — a ballot form: the criteria asked about each candidate, an optional committee section, and
/// the voter categories. The single-grade ballot is simply a form with one criterion. Immutable, validated
/// when made (a form that exists is usable) and compared by value.
/// </summary>
public sealed class BallotForm : IEquatable<BallotForm>
{
    /// <summary>Defines and validates a form.</summary>
    /// <param name="name">The form's title; not empty.</param>
    /// <param name="criteria">The criteria asked for each candidate, in printed order: at least one, unique names, at most one overall.</param>
    /// <param name="voterCategories">At least one voter category, unique names, weights above 0.</param>
    /// <param name="committeeCriteria">The criteria rating the branch committee (支部班子), or none.</param>
    /// <exception cref="BallotFormException">The definition breaks a rule; every problem is listed.</exception>
    public BallotForm(
        string name,
        IEnumerable<Criterion> criteria,
        IEnumerable<VoterCategory> voterCategories,
        IEnumerable<Criterion>? committeeCriteria = null)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(voterCategories);
        Name = name;
        Criteria = [.. criteria];
        VoterCategories = [.. voterCategories];
        CommitteeCriteria = committeeCriteria is null ? [] : [.. committeeCriteria];
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new BallotFormException(problems);
        }

        OverallCriterionIndex = Criteria.IndexOf(Criteria.FirstOrDefault(c => c.IsOverall)!);
        WidestLevelCount = Criteria.Concat(CommitteeCriteria).Max(c => c.Scale.LevelCount);
    }

    /// <summary>The form's title.</summary>
    public string Name { get; }

    /// <summary>The criteria asked for each candidate, in printed order.</summary>
    public ImmutableArray<Criterion> Criteria { get; }

    /// <summary>The criteria rating the branch committee; empty when the form has no committee section.</summary>
    public ImmutableArray<Criterion> CommitteeCriteria { get; }

    /// <summary>The voter categories, in the order reports list them.</summary>
    public ImmutableArray<VoterCategory> VoterCategories { get; }

    /// <summary>
    /// 废票规则 — the ballot-level validity rules, checked in order in the ballot box as each ballot arrives; the first
    /// that voids the whole ballot ends the check. Empty by default.
    /// </summary>
    /// <exception cref="BallotFormException">A rule names an unknown criterion or level, or its numbers are out of range.</exception>
    public ImmutableArray<BallotValidityRule> ValidityRules
    {
        get;
        init
        {
            var problems = new List<FormProblem>();
            var rules = value.IsDefault ? [] : value;
            for (var i = 0; i < rules.Length; i++)
            {
                if (rules[i] is null)
                {
                    problems.Add(new($"validityRules[{i}]", "a validity rule must not be null."));
                    continue;
                }

                rules[i].Validate(this, $"validityRules[{i}]", problems);
            }

            field = problems.Count == 0 ? rules : throw new BallotFormException(problems);
        }
    } = [];

    /// <summary>
    /// The form's own result rule (its published 计票规则: thresholds, score grading, turnout), used when a report is
    /// asked for without a rule; null for <see cref="Reports.SuggestionRule.Default"/>.
    /// </summary>
    public Reports.SuggestionRule? ResultRule { get; init; }

    /// <summary>The index in <see cref="Criteria"/> of the overall grade, or −1 when the form has none.</summary>
    public int OverallCriterionIndex { get; }

    /// <summary>The overall-grade criterion, or null.</summary>
    public Criterion? OverallCriterion => OverallCriterionIndex < 0 ? null : Criteria[OverallCriterionIndex];

    /// <summary>
    /// The criterion a mark that names none refers to: the overall grade, else the only criterion; −1 when
    /// the form has several criteria and none is the overall grade.
    /// </summary>
    public int DefaultCriterionIndex => OverallCriterionIndex >= 0 ? OverallCriterionIndex : Criteria.Length == 1 ? 0 : -1;

    /// <summary>The widest level count of all criteria, the level count the counting kernel runs with.</summary>
    public int WidestLevelCount { get; }

    /// <summary>The index of a voter category by name (ordinal), or −1.</summary>
    /// <param name="name">The category's name.</param>
    public int IndexOfCategory(ReadOnlySpan<char> name)
    {
        for (var i = 0; i < VoterCategories.Length; i++)
        {
            if (name.SequenceEqual(VoterCategories[i].Name))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The category a ballot's rows name, as a box resolves it: an empty name is the only category of a form with one;
    /// −1 when not on the form (the ballot is rejected at its first row).
    /// </summary>
    internal int ResolveBallotCategory(ReadOnlySpan<char> name) => name.IsEmpty && VoterCategories.Length == 1 ? 0 : IndexOfCategory(name);

    /// <inheritdoc />
    public bool Equals(BallotForm? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Name == other.Name && Criteria.SequenceEqual(other.Criteria) && ValidityRules.SequenceEqual(other.ValidityRules) && Equals(ResultRule, other.ResultRule)
                && CommitteeCriteria.SequenceEqual(other.CommitteeCriteria) && VoterCategories.SequenceEqual(other.VoterCategories)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BallotForm);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Criteria.Length, CommitteeCriteria.Length, VoterCategories.Length);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Criteria.Length} criteria, {VoterCategories.Length} voter categories)";

    private List<FormProblem> Validate()
    {
        var problems = new List<FormProblem>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            problems.Add(new("name", "a form needs a name."));
        }

        if (Criteria.IsEmpty)
        {
            problems.Add(new("criteria", "a form needs at least one criterion per candidate."));
        }

        ValidateSection(Criteria, "criteria", allowOverall: true, problems);
        ValidateSection(CommitteeCriteria, "committeeCriteria", allowOverall: false, problems);
        if (VoterCategories.IsEmpty)
        {
            problems.Add(new("voterCategories", "a form needs at least one voter category."));
        }

        var categoryNames = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < VoterCategories.Length; i++)
        {
            var category = VoterCategories[i];
            var at = $"voterCategories[{i}]";
            if (category is null)
            {
                problems.Add(new(at, "a voter category must not be null."));
                continue;
            }

            NameCheck.RequireUnique(category.Name, categoryNames, at + ".name", "voter category", problems);
            foreach (var criterion in category.Criteria)
            {
                if (!Criteria.Concat(CommitteeCriteria).Any(c => c?.Name == criterion))
                {
                    problems.Add(new(at + ".criteria", $"'{category.Name}' answers '{criterion}', which is not a criterion of the form."));
                }
            }

            if (category.Weight <= 0m)
            {
                problems.Add(new(at + ".weight", $"the weight of '{category.Name}' is {category.Weight}; weights must be above 0."));
            }
        }

        return problems;
    }

    private static void ValidateSection(ImmutableArray<Criterion> section, string path, bool allowOverall, List<FormProblem> problems)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var overall = 0;
        for (var i = 0; i < section.Length; i++)
        {
            var criterion = section[i];
            var at = $"{path}[{i}]";
            if (criterion is null)
            {
                problems.Add(new(at, "a criterion must not be null."));
                continue;
            }

            NameCheck.RequireUnique(criterion.Name, names, at + ".name", "criterion", problems);

            if (criterion.Scale is null)
            {
                problems.Add(new(at + ".scale", "a criterion needs a scale."));
                continue;
            }

            if (!criterion.IsOverall)
            {
                continue;
            }

            if (!allowOverall)
            {
                problems.Add(new(at + ".overall", "a committee criterion cannot be a candidate's overall grade."));
            }
            else if (++overall > 1)
            {
                problems.Add(new(at + ".overall", "only one criterion per candidate may be the overall grade."));
            }

            if (criterion.Scale.Kind == ScaleKind.Custom && criterion.Scale.Levels.Any(l => l.Grade is null && !l.IsNonOpinion))
            {
                problems.Add(new(at + ".scale.levels", "an overall grade on a custom scale needs a grade on every level but a non-opinion one."));
            }
        }
    }
}
