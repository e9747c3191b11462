using System.Collections.Immutable;
using OrgLife.Meetings;

namespace OrgLife.Rules.Policies;

/// <summary>
/// The agenda one form requires (OL204), as its source document lists it: a sequence of stages, each a set of steps
/// that must all take place, in any order among themselves, after every step of the stages before. Most stages hold one
/// step; District-2017 附件2 五.4 "对支部班子进行评议，对支部党员进行民主测评" is one stage of two. A step may come back in
/// a later stage (District-2017's 领学 opens both the 支委会 and the 党员大会). Immutable.
/// </summary>
public sealed record AgendaTemplate
{
    /// <summary>Creates a template.</summary>
    /// <param name="source">Where the list comes from, for example <c>City-2019 二(一)</c>; shown in docs, not in findings.</param>
    /// <param name="stages">The stages in order; each non-empty, each step defined and at most once per stage.</param>
    /// <exception cref="ArgumentException">An empty source or stage list, an empty stage, an undefined step or a step twice in one stage.</exception>
    public AgendaTemplate(string source, ImmutableArray<ImmutableArray<AgendaStep>> stages)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        if (stages.IsDefaultOrEmpty)
        {
            throw new ArgumentException($"AgendaTemplate '{source}' needs at least one stage.", nameof(stages));
        }

        foreach (var stage in stages)
        {
            if (stage.IsDefaultOrEmpty)
            {
                throw new ArgumentException($"AgendaTemplate '{source}' has an empty stage.", nameof(stages));
            }

            if (stage.Any(step => !Enum.IsDefined(step)) || stage.Distinct().Count() != stage.Length)
            {
                throw new ArgumentException($"AgendaTemplate '{source}': a stage holds an unknown step or a step twice.", nameof(stages));
            }
        }

        Source = source;
        Stages = stages;
    }

    /// <summary>Where the list comes from.</summary>
    public string Source { get; }

    /// <summary>The stages in order.</summary>
    public ImmutableArray<ImmutableArray<AgendaStep>> Stages { get; }

    /// <summary>A template whose steps each form a stage of their own: all required, in exactly this order.</summary>
    /// <param name="source">Where the list comes from.</param>
    /// <param name="steps">The steps in order.</param>
    public static AgendaTemplate InOrder(string source, params ReadOnlySpan<AgendaStep> steps)
    {
        var stages = ImmutableArray.CreateBuilder<ImmutableArray<AgendaStep>>(steps.Length);
        foreach (var step in steps)
        {
            stages.Add([step]);
        }

        return new AgendaTemplate(source, stages.MoveToImmutable());
    }

    /// <summary>A copy with <paramref name="steps"/> appended as one more stage, in any order among themselves.</summary>
    /// <param name="steps">The steps of the new stage.</param>
    public AgendaTemplate ThenAnyOrder(params ReadOnlySpan<AgendaStep> steps) => new(Source, Stages.Add([.. steps]));

    /// <summary>How many times <paramref name="step"/> is required (the number of stages holding it).</summary>
    /// <param name="step">The step.</param>
    public int Occurrences(AgendaStep step)
    {
        var count = 0;
        foreach (var stage in Stages)
        {
            count += stage.Contains(step) ? 1 : 0;
        }

        return count;
    }

    /// <inheritdoc />
    public bool Equals(AgendaTemplate? other) => other is not null && Source == other.Source
        && Stages.Length == other.Stages.Length && Stages.Zip(other.Stages).All(pair => pair.First.SequenceEqual(pair.Second));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Source, Stages.Length);
}
