using System.Diagnostics.CodeAnalysis;
using OrgLife.Records;

namespace OrgLife.Json;

/// <summary>A record read in full, or the error that stopped it; never both, never half a record.</summary>
public sealed record RecordReadResult
{
    private RecordReadResult(BranchRecord? record, RecordError? error)
    {
        Record = record;
        Error = error;
    }

    /// <summary>The record, when it was read in full.</summary>
    public BranchRecord? Record { get; }

    /// <summary>The error, when the document was rejected.</summary>
    public RecordError? Error { get; }

    /// <summary>True when <see cref="Record"/> is there.</summary>
    [MemberNotNullWhen(true, nameof(Record))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Record is not null;

    /// <summary>A record read in full.</summary>
    /// <param name="record">The record.</param>
    public static RecordReadResult Read(BranchRecord record) => new(record ?? throw new ArgumentNullException(nameof(record)), null);

    /// <summary>A document rejected.</summary>
    /// <param name="error">Why.</param>
    public static RecordReadResult Failed(RecordError error) => new(null, error ?? throw new ArgumentNullException(nameof(error)));
}
