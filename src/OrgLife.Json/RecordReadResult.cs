using System.Diagnostics.CodeAnalysis;
using OneOf;
using OrgLife.Records;

namespace OrgLife.Json;

/// <summary>A record read in full, or the error that stopped it; never both, never half a record.</summary>
public sealed record RecordReadResult
{
    private RecordReadResult(OneOf<BranchRecord, RecordError> value) => Value = value;

    /// <summary>The record or the error, for a <c>Match</c> or <c>Switch</c> over both cases.</summary>
    public OneOf<BranchRecord, RecordError> Value { get; }

    /// <summary>The record, when it was read in full.</summary>
    public BranchRecord? Record => Value.IsT0 ? Value.AsT0 : null;

    /// <summary>The error, when the document was rejected.</summary>
    public RecordError? Error => Value.IsT1 ? Value.AsT1 : null;

    /// <summary>True when <see cref="Record"/> is there.</summary>
    [MemberNotNullWhen(true, nameof(Record))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Value.IsT0;

    /// <summary>A record read in full.</summary>
    /// <param name="record">The record.</param>
    public static RecordReadResult Read(BranchRecord record) => new(record ?? throw new ArgumentNullException(nameof(record)));

    /// <summary>A document rejected.</summary>
    /// <param name="error">Why.</param>
    public static RecordReadResult Failed(RecordError error) => new(error ?? throw new ArgumentNullException(nameof(error)));
}
