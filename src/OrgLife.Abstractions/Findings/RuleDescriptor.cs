using System.Collections.Immutable;

namespace OrgLife.Findings;

/// <summary>
/// What the catalogue says of one rule: its stable ID, its names in English and Chinese, its
/// default severity and the sources it is drawn from. Immutable and thread safe.
/// </summary>
public sealed record RuleDescriptor
{
    /// <summary>Creates a descriptor.</summary>
    /// <param name="id">The stable rule ID.</param>
    /// <param name="englishName">The one-word English name, for example <c>ExcellentCap</c>.</param>
    /// <param name="chineseName">The Chinese name, for example <c>优秀比例</c>.</param>
    /// <param name="summary">One English sentence: what the rule requires.</param>
    /// <param name="defaultSeverity">The severity before any policy changes it.</param>
    /// <param name="sources">At least one source citation.</param>
    /// <exception cref="ArgumentException">A name is empty or there is no source.</exception>
    public RuleDescriptor(RuleId id, string englishName, string chineseName, string summary, Severity defaultSeverity, ImmutableArray<SourceCitation> sources)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(englishName);
        ArgumentException.ThrowIfNullOrWhiteSpace(chineseName);
        ArgumentException.ThrowIfNullOrWhiteSpace(summary);
        if (id.Value is null)
        {
            throw new ArgumentException("A rule descriptor needs a rule ID.", nameof(id));
        }

        if (!Enum.IsDefined(defaultSeverity))
        {
            throw new ArgumentOutOfRangeException(nameof(defaultSeverity), defaultSeverity, $"Rule {id}: unknown default severity.");
        }

        if (sources.IsDefaultOrEmpty)
        {
            throw new ArgumentException($"Rule {id} must cite at least one source.", nameof(sources));
        }

        Id = id;
        EnglishName = englishName;
        ChineseName = chineseName;
        Summary = summary;
        DefaultSeverity = defaultSeverity;
        Sources = sources;
    }

    /// <summary>The stable rule ID.</summary>
    public RuleId Id { get; }

    /// <summary>The one-word English name, for example <c>ExcellentCap</c>.</summary>
    public string EnglishName { get; }

    /// <summary>The Chinese name, for example <c>优秀比例</c>.</summary>
    public string ChineseName { get; }

    /// <summary>One English sentence: what the rule requires.</summary>
    public string Summary { get; }

    /// <summary>One Chinese sentence: what the rule requires, in the sources' own terms. Set by every built-in rule.</summary>
    public string? ChineseSummary
    {
        get;
        init => field = value is null || !string.IsNullOrWhiteSpace(value) ? value : throw new ArgumentException($"Rule {Id}: the Chinese summary must not be blank.", nameof(ChineseSummary));
    }

    /// <summary>Who evaluates the rule: the validator (a branch record) or the tally (ballots). Default the validator.</summary>
    public RuleEvaluator EvaluatedBy
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(EvaluatedBy), value, $"Rule {Id}: unknown evaluator.");
    }

    /// <summary>The severity before any policy changes it.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>The documents and sections the rule is drawn from.</summary>
    public ImmutableArray<SourceCitation> Sources { get; }

    /// <inheritdoc />
    public bool Equals(RuleDescriptor? other) => other is not null && Id == other.Id && EnglishName == other.EnglishName
        && ChineseName == other.ChineseName && Summary == other.Summary && ChineseSummary == other.ChineseSummary
        && EvaluatedBy == other.EvaluatedBy && DefaultSeverity == other.DefaultSeverity && Sources.SequenceEqual(other.Sources);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, EnglishName, DefaultSeverity, Sources.Length);
}
