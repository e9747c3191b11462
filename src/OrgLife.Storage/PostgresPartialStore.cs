using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using OrgLife.Partials;

namespace OrgLife.Storage;

/// <summary>
/// The PostgreSQL store (and the PostgreSQL-compatible databases that speak its protocol): rows are written with
/// binary COPY inside the submission's transaction, after the (assessment, branch) rows it replaces are deleted.
/// </summary>
public sealed class PostgresPartialStore : PartialStore
{
    private PostgresPartialStore(NpgsqlConnection connection, StoreSchemaName schema)
        : base(connection, schema)
    {
    }

    /// <summary>Connects and migrates the schema.</summary>
    /// <param name="connectionString">An Npgsql connection string (<c>Host=…;Port=…;Username=…;Database=…</c>).</param>
    /// <param name="schema">The schema; null for <see cref="StoreSchemaName.Default"/>.</param>
    /// <param name="cancellationToken">Stops the connection.</param>
    public static async Task<PostgresPartialStore> OpenAsync(string connectionString, StoreSchemaName? schema = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var connection = new NpgsqlConnection(connectionString);
        return await OpenedAsync(new PostgresPartialStore(connection, schema ?? StoreSchemaName.Default), cancellationToken).ConfigureAwait(false);
    }

    private protected override IEnumerable<string> Migration(int version) => version switch
    {
        1 => FirstMigration().Append($"CREATE INDEX ON {RowsTable} (assessment_id, branch_id)").Append($"ALTER TABLE {BranchesTable} ADD PRIMARY KEY (assessment_id, branch_id)"),
        _ => [],
    };

    private protected override (string Lock, string Unlock)? MigrationLock =>
        ("SELECT pg_advisory_lock(hashtext($1))", "SELECT pg_advisory_unlock(hashtext($1))");

    /// <summary>
    /// After a bulk load the planner's statistics still describe the table before it (autovacuum analyzes later):
    /// the roll-up's join then gets a nested loop that takes minutes on a few hundred thousand rows.
    /// </summary>
    private protected override IEnumerable<string> AfterSubmit => [$"ANALYZE {RowsTable}", $"ANALYZE {BranchesTable}"];

    private protected override DbParameter Parameter(DbCommand command, object value) => new NpgsqlParameter { Value = value };

    private protected override async Task WriteRowsAsync(DbTransaction transaction, IEnumerable<PartialRecord> records, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)Connection;
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {RowsTable} ({Columns}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        foreach (var r in records)
        {
            await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(r.FormatVersion, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(r.AssessmentId, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(r.BranchId, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            foreach (var level in r.OrganizationLevels())
            {
                await Text(importer, level, cancellationToken).ConfigureAwait(false);
            }

            await importer.WriteAsync(r.Measure, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await Text(importer, r.VoterCategory, cancellationToken).ConfigureAwait(false);
            await Text(importer, r.RejectionReason, cancellationToken).ConfigureAwait(false);
            await Text(importer, r.CandidateId, cancellationToken).ConfigureAwait(false);
            await Int(importer, r.CandidateOrder, cancellationToken).ConfigureAwait(false);
            await Text(importer, r.Section, cancellationToken).ConfigureAwait(false);
            await Int(importer, r.CriterionOrder, cancellationToken).ConfigureAwait(false);
            await Text(importer, r.Criterion, cancellationToken).ConfigureAwait(false);
            if (r.IsOverall is { } overall)
            {
                await importer.WriteAsync(overall, NpgsqlDbType.Boolean, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
            }

            await Int(importer, r.Level, cancellationToken).ConfigureAwait(false);
            await Text(importer, r.LevelName, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(r.Count, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
        }

        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static Task Text(NpgsqlBinaryImporter importer, string? value, CancellationToken cancellationToken) =>
        value is null ? importer.WriteNullAsync(cancellationToken) : importer.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);

    private static Task Int(NpgsqlBinaryImporter importer, int? value, CancellationToken cancellationToken) =>
        value is { } number ? importer.WriteAsync(number, NpgsqlDbType.Integer, cancellationToken) : importer.WriteNullAsync(cancellationToken);
}
