using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using OneOf;
using OrgLife.Tally.Forms;

namespace OrgLife.Json.Forms;

/// <summary>A ballot form read in full, or every problem that stopped it; never both.</summary>
public sealed record FormReadResult
{
    private FormReadResult(OneOf<BallotForm, ImmutableArray<FormProblem>> value) => Value = value;

    /// <summary>The form or the problems, for a <c>Match</c> or <c>Switch</c> over both cases.</summary>
    public OneOf<BallotForm, ImmutableArray<FormProblem>> Value { get; }

    /// <summary>The form, when it was read in full.</summary>
    public BallotForm? Form => Value.IsT0 ? Value.AsT0 : null;

    /// <summary>Every problem found, in the order of the document; empty when the form was read.</summary>
    public ImmutableArray<FormProblem> Problems => Value.IsT1 ? Value.AsT1 : [];

    /// <summary>True when <see cref="Form"/> is there.</summary>
    [MemberNotNullWhen(true, nameof(Form))]
    public bool Succeeded => Value.IsT0;

    /// <summary>A form read in full.</summary>
    /// <param name="form">The form.</param>
    public static FormReadResult Read(BallotForm form) => new(form ?? throw new ArgumentNullException(nameof(form)));

    /// <summary>A document rejected.</summary>
    /// <param name="problems">At least one problem.</param>
    public static FormReadResult Failed(ImmutableArray<FormProblem> problems)
        => new(problems.IsDefaultOrEmpty ? throw new ArgumentException("A rejected form has at least one problem.", nameof(problems)) : problems);

    /// <inheritdoc />
    public bool Equals(FormReadResult? other)
        => other is not null && (Value.IsT0 ? other.Value.IsT0 && Value.AsT0.Equals(other.Value.AsT0) : other.Value.IsT1 && Value.AsT1.SequenceEqual(other.Value.AsT1));

    /// <inheritdoc />
    public override int GetHashCode() => Value.IsT0 ? Value.AsT0.GetHashCode() : Value.AsT1.Length;
}
