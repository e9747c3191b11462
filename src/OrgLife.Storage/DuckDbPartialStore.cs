using System.Data.Common;
using DuckDB.NET.Data;
using OrgLife.Partials;

namespace OrgLife.Storage;

/// <summary>
/// The embedded store: a DuckDB database in one file (or in memory), no server to set up. Rows are written with
/// DuckDB's appender inside the submission's transaction.
/// </summary>
public sealed class DuckDbPartialStore : PartialStore
{
    /// <summary>The file the command line uses when no store is named: <c>orglife-partials.duckdb</c> in the working folder.</summary>
    public const string DefaultFile = "orglife-partials.duckdb";

    private DuckDbPartialStore(DuckDBConnection connection, StoreSchemaName schema)
        : base(connection, schema)
    {
    }

    /// <summary>Opens (creating when missing) a store file and migrates its schema.</summary>
    /// <param name="file">The database file; <c>:memory:</c> for a store that lives as long as the object.</param>
    /// <param name="schema">The schema; null for <see cref="StoreSchemaName.Default"/>.</param>
    /// <param name="cancellationToken">Stops the opening.</param>
    public static async Task<DuckDbPartialStore> OpenAsync(string file, StoreSchemaName? schema = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        var builder = new DuckDBConnectionStringBuilder { DataSource = file };
        var connection = new DuckDBConnection(builder.ConnectionString);
        return await OpenedAsync(new DuckDbPartialStore(connection, schema ?? StoreSchemaName.Default), cancellationToken).ConfigureAwait(false);
    }

    private protected override IEnumerable<string> Migration(int version) => version switch
    {
        1 => FirstMigration(),
        _ => [],
    };

    private protected override DbParameter Parameter(DbCommand command, object value) => new DuckDBParameter(value);

    private protected override Task WriteRowsAsync(DbTransaction transaction, IEnumerable<PartialRecord> records, CancellationToken cancellationToken)
    {
        using var appender = ((DuckDBConnection)Connection).CreateAppender(Schema.Name, "partial_rows");
        foreach (var r in records)
        {
            appender.CreateRow()
                .AppendValue(r.FormatVersion).AppendValue(r.AssessmentId).AppendValue(r.BranchId)
                .AppendValue(r.Org1).AppendValue(r.Org2).AppendValue(r.Org3).AppendValue(r.Org4)
                .AppendValue(r.Org5).AppendValue(r.Org6).AppendValue(r.Org7).AppendValue(r.Org8)
                .AppendValue(r.Measure).AppendValue(r.VoterCategory).AppendValue(r.RejectionReason).AppendValue(r.CandidateId)
                .AppendValue(r.CandidateOrder).AppendValue(r.Section).AppendValue(r.CriterionOrder).AppendValue(r.Criterion)
                .AppendValue(r.IsOverall).AppendValue(r.Level).AppendValue(r.LevelName).AppendValue(r.Count)
                .EndRow();
        }

        return Task.CompletedTask;
    }
}
