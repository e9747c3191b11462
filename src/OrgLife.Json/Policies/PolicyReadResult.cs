using System.Diagnostics.CodeAnalysis;
using OneOf;
using OrgLife.Rules.Policies;

namespace OrgLife.Json.Policies;

/// <summary>A policy read in full, or the error that stopped it; never both.</summary>
public sealed record PolicyReadResult
{
    private PolicyReadResult(OneOf<OrgLifePolicy, RecordError> value) => Value = value;

    /// <summary>The policy or the error, for a <c>Match</c> or <c>Switch</c> over both cases.</summary>
    public OneOf<OrgLifePolicy, RecordError> Value { get; }

    /// <summary>The policy, when it was read in full.</summary>
    public OrgLifePolicy? Policy => Value.IsT0 ? Value.AsT0 : null;

    /// <summary>The error, when the document was rejected.</summary>
    public RecordError? Error => Value.IsT1 ? Value.AsT1 : null;

    /// <summary>True when <see cref="Policy"/> is there.</summary>
    [MemberNotNullWhen(true, nameof(Policy))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Value.IsT0;

    /// <summary>A policy read in full.</summary>
    /// <param name="policy">The policy.</param>
    public static PolicyReadResult Read(OrgLifePolicy policy) => new(policy ?? throw new ArgumentNullException(nameof(policy)));

    /// <summary>A document rejected.</summary>
    /// <param name="error">Why.</param>
    public static PolicyReadResult Failed(RecordError error) => new(error ?? throw new ArgumentNullException(nameof(error)));
}
