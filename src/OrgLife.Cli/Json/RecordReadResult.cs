using System.Diagnostics.CodeAnalysis;
using OrgLife.Records;

namespace OrgLife.Cli.Json;

/// <summary>A record read in full, or the error that stopped it; never both, never half a record.</summary>
internal sealed record RecordReadResult
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

    public static RecordReadResult Read(BranchRecord record) => new(record, null);

    public static RecordReadResult Failed(RecordError error) => new(null, error);
}
