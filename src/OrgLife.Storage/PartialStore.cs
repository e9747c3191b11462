using System.Collections.Immutable;
using System.Data.Common;
using OrgLife.Partials;
using OrgLife.Tally;
using OrgLife.Tally.Forms;

namespace OrgLife.Storage;

/// <summary>
/// A store of partial tallies in an SQL database: the schema is created and migrated by the library
/// (<see cref="MigrateAsync"/>), a submission replaces what was stored for each (assessment, branch) in one
/// transaction — resubmitting never doubles — and roll-ups run in SQL (<see cref="RollUpSql"/>). No SQL is built
/// from user text: values are parameters, the schema name is checked and quoted. One store holds one connection
/// and is not thread safe.
/// </summary>
public abstract class PartialStore : IAsyncDisposable
{
    /// <summary>The newest schema version this library migrates to.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Rows written between two progress reports.</summary>
    private const int ProgressEvery = 10_000;

    private protected PartialStore(DbConnection connection, StoreSchemaName schema)
    {
        Connection = connection;
        Schema = schema;
    }

    /// <summary>The schema the tables live in.</summary>
    public StoreSchemaName Schema { get; }

    /// <summary>The open connection.</summary>
    private protected DbConnection Connection { get; }

    /// <summary>Opens <paramref name="store"/>'s connection and migrates its schema; a store that fails either is disposed, not leaked.</summary>
    private protected static async Task<TStore> OpenedAsync<TStore>(TStore store, CancellationToken cancellationToken)
        where TStore : PartialStore
    {
        try
        {
            await store.Connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private protected string RowsTable => Schema.Table("partial_rows");

    private protected string BranchesTable => Schema.Table("partial_branches");

    /// <summary>Creates the schema when missing and applies every migration newer than the stored version, each in its own transaction.</summary>
    /// <param name="cancellationToken">Stops the migration (the current step is rolled back).</param>
    /// <returns>The schema version after migrating.</returns>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (MigrationLock is { } lockSql)
        {
            await ExecuteAsync(null, lockSql.Lock, [Schema.Name], cancellationToken).ConfigureAwait(false);
        }

        try
        {
            return await MigrateLockedAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (MigrationLock is { } unlockSql)
            {
                await ExecuteAsync(null, unlockSql.Unlock, [Schema.Name], CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Statements that take and release a lock on the schema's name (<c>$1</c>) around a migration, so that two
    /// processes migrating one schema at once take turns; null where the database has one writer anyway.
    /// </summary>
    private protected virtual (string Lock, string Unlock)? MigrationLock => null;

    private async Task<int> MigrateLockedAsync(CancellationToken cancellationToken)
    {
        await ExecuteAsync(null, $"CREATE SCHEMA IF NOT EXISTS {Schema.Quoted}", [], cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(null, $"CREATE TABLE IF NOT EXISTS {Schema.Table("schema_version")} (version INTEGER NOT NULL)", [], cancellationToken).ConfigureAwait(false);
        var current = await StoredVersionAsync(cancellationToken).ConfigureAwait(false);
        for (var version = current + 1; version <= SchemaVersion; version++)
        {
            await using var transaction = await Connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            foreach (var statement in Migration(version))
            {
                await ExecuteAsync(transaction, statement, [], cancellationToken).ConfigureAwait(false);
            }

            await ExecuteAsync(transaction, $"INSERT INTO {Schema.Table("schema_version")} (version) VALUES ($1)", [version], cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return Math.Max(current, SchemaVersion);
    }

    /// <summary>Partials deleted, recorded and copied together within a submission: a submission's memory is bounded by one such batch.</summary>
    public const int SubmitBatchPartials = 4096;

    /// <summary>
    /// Stores partials in one transaction; each replaces whatever was stored for its (assessment, branch), so a
    /// resubmitted branch is counted once. Partials of one (assessment, branch) given twice in one call: the last wins.
    /// </summary>
    /// <param name="partials">The partials.</param>
    /// <param name="progress">Told the rows written so far, now and then; may be null.</param>
    /// <param name="cancellationToken">Stops the submission; nothing of it is stored.</param>
    /// <returns>The rows written.</returns>
    public Task<long> SubmitAsync(IEnumerable<PartialTally> partials, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partials);
        return SubmitAsync(partials.ToAsyncEnumerable(), progress, cancellationToken);
    }

    /// <summary>
    /// Stores partials as they come, in one transaction; each replaces whatever was stored for its (assessment,
    /// branch), so a resubmitted branch is counted once, and the last of one (assessment, branch) given twice wins.
    /// They are written in batches of <see cref="SubmitBatchPartials"/> (rows by bulk copy), so memory stays bounded
    /// by one batch whatever the number of partials.
    /// </summary>
    /// <param name="partials">The partials.</param>
    /// <param name="progress">Told the rows written so far, now and then; may be null.</param>
    /// <param name="cancellationToken">Stops the submission; nothing of it is stored.</param>
    /// <returns>The rows written.</returns>
    public async Task<long> SubmitAsync(IAsyncEnumerable<PartialTally> partials, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partials);
        var batch = new Dictionary<(string, string), PartialTally>();
        long written = 0;
        await using var transaction = await Connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var partial in partials.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            ArgumentNullException.ThrowIfNull(partial);
            batch[(partial.AssessmentId, partial.Branch.Value)] = partial;
            if (batch.Count == SubmitBatchPartials)
            {
                written = await SubmitBatchAsync(transaction, batch, written, progress, cancellationToken).ConfigureAwait(false);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            written = await SubmitBatchAsync(transaction, batch, written, progress, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        foreach (var statement in AfterSubmit)
        {
            await ExecuteAsync(null, statement, [], cancellationToken).ConfigureAwait(false);
        }

        progress?.Report(written);
        return written;
    }

    /// <summary>Statements run after a submission is committed (refreshing the planner's statistics after a bulk load); none by default.</summary>
    private protected virtual IEnumerable<string> AfterSubmit => [];

    /// <summary>One batch: deletes what its keys replace (a later batch's delete also removes an earlier batch's rows of the same key), records the forms, copies the rows.</summary>
    private async Task<long> SubmitBatchAsync(DbTransaction transaction, Dictionary<(string, string), PartialTally> latest, long written, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        // Three statements whatever the number of partials: the keys and forms travel as array parameters.
        string[] assessments = [.. latest.Keys.Select(k => k.Item1)];
        string[] branches = [.. latest.Keys.Select(k => k.Item2)];
        string[] forms = [.. latest.Values.Select(p => BallotFormJson.Serialize(p.Tally.Form))];
        const string Keys = "SELECT unnest($1::TEXT[]) AS assessment_id, unnest($2::TEXT[]) AS branch_id";
        foreach (var table in new[] { RowsTable, BranchesTable })
        {
            await ExecuteAsync(
                transaction,
                $"DELETE FROM {table} WHERE EXISTS (SELECT 1 FROM ({Keys}) AS k WHERE k.assessment_id = {table}.assessment_id AND k.branch_id = {table}.branch_id)",
                [assessments, branches],
                cancellationToken).ConfigureAwait(false);
        }

        await ExecuteAsync(
            transaction,
            $"INSERT INTO {BranchesTable} (assessment_id, branch_id, form_json) SELECT unnest($1::TEXT[]), unnest($2::TEXT[]), unnest($3::TEXT[])",
            [assessments, branches, forms],
            cancellationToken).ConfigureAwait(false);

        IEnumerable<PartialRecord> Counted()
        {
            foreach (var record in latest.Values.SelectMany(PartialRecords.From))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (++written % ProgressEvery == 0)
                {
                    progress?.Report(written);
                }

                yield return record;
            }
        }

        await WriteRowsAsync(transaction, Counted(), cancellationToken).ConfigureAwait(false);
        return written;
    }

    /// <summary>Rolls an assessment up in SQL by the first <paramref name="depth"/> organization levels.</summary>
    /// <param name="assessmentId">The assessment.</param>
    /// <param name="depth">0 for one total, 1 per province, 2 per city, 3 per county … up to <see cref="PartialFormat.OrganizationLevels"/>.</param>
    /// <param name="progress">Told the branches rolled up so far as the result is read (in <see cref="TallyProgress.Branches"/>), at the end too, never going backwards; or null.</param>
    /// <param name="cancellationToken">Stops the query with <see cref="OperationCanceledException"/>.</param>
    /// <returns>One entry per group, ordered by path.</returns>
    public Task<ImmutableArray<LevelTotals>> RollUpAsync(string assessmentId, int depth, IProgress<TallyProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assessmentId);
        return SqlRollUp.RunAsync(Connection, RowsTable, assessmentId, depth, Parameter, progress, cancellationToken);
    }

    /// <summary>Reads every stored partial of an assessment back into the library's types (then <see cref="Tally.Merging.RollUp.Build"/> gives the library's roll-up report).</summary>
    /// <param name="assessmentId">The assessment.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public async Task<PartialReadResult> ReadAsync(string assessmentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assessmentId);
        var forms = new Dictionary<string, BallotForm?>(StringComparer.Ordinal);
        var formErrors = new List<string>();
        await using (var command = Command(null, $"SELECT branch_id, form_json FROM {BranchesTable} WHERE assessment_id = $1", [assessmentId]))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    forms[reader.GetString(0)] = BallotFormJson.Parse(reader.GetString(1));
                }
                catch (BallotFormException ex)
                {
                    forms[reader.GetString(0)] = null;
                    formErrors.Add($"assessment '{assessmentId}', branch '{reader.GetString(0)}': stored form: {ex.Message}");
                }
            }
        }

        var records = new List<PartialRecord>();
        await using (var command = Command(null, $"SELECT {Columns} FROM {RowsTable} WHERE assessment_id = $1", [assessmentId]))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                records.Add(ReadRecord(reader));
            }
        }

        var read = PartialRecords.Read(records, (_, branch) => forms.GetValueOrDefault(branch));
        return read with { Errors = [.. formErrors, .. read.Errors] };
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    /// <summary>The columns of the rows table, in the order of <see cref="PartialRecord"/>.</summary>
    private protected const string Columns =
        "format_version, assessment_id, branch_id, org_1, org_2, org_3, org_4, org_5, org_6, org_7, org_8, measure, voter_category, "
        + "rejection_reason, candidate_id, candidate_order, section, criterion_order, criterion, is_overall, level, level_name, count";

    /// <summary>The statements of one migration step, schema-qualified.</summary>
    private protected abstract IEnumerable<string> Migration(int version);

    /// <summary>Writes rows in bulk within the transaction.</summary>
    private protected abstract Task WriteRowsAsync(DbTransaction transaction, IEnumerable<PartialRecord> records, CancellationToken cancellationToken);

    /// <summary>A positional parameter (<c>$1</c>, <c>$2</c> …) of the provider.</summary>
    private protected abstract DbParameter Parameter(DbCommand command, object value);

    /// <summary>The first migration: the rows table of the long layout and the branches table holding each branch's form.</summary>
    private protected IEnumerable<string> FirstMigration()
    {
        yield return $"""
            CREATE TABLE {BranchesTable} (
              assessment_id TEXT NOT NULL, branch_id TEXT NOT NULL, form_json TEXT NOT NULL)
            """;
        yield return $"""
            CREATE TABLE {RowsTable} (
              format_version INTEGER NOT NULL, assessment_id TEXT NOT NULL, branch_id TEXT NOT NULL,
              org_1 TEXT, org_2 TEXT, org_3 TEXT, org_4 TEXT, org_5 TEXT, org_6 TEXT, org_7 TEXT, org_8 TEXT,
              measure TEXT NOT NULL, voter_category TEXT, rejection_reason TEXT, candidate_id TEXT, candidate_order INTEGER,
              section TEXT, criterion_order INTEGER, criterion TEXT, is_overall BOOLEAN, level INTEGER, level_name TEXT,
              count BIGINT NOT NULL)
            """;
    }

    private static PartialRecord ReadRecord(DbDataReader reader)
    {
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        int? Int(int i) => reader.IsDBNull(i) ? null : reader.GetInt32(i);
        return new PartialRecord
        {
            FormatVersion = reader.GetInt32(0),
            AssessmentId = reader.GetString(1),
            BranchId = reader.GetString(2),
            Org1 = Text(3),
            Org2 = Text(4),
            Org3 = Text(5),
            Org4 = Text(6),
            Org5 = Text(7),
            Org6 = Text(8),
            Org7 = Text(9),
            Org8 = Text(10),
            Measure = reader.GetString(11),
            VoterCategory = Text(12),
            RejectionReason = Text(13),
            CandidateId = Text(14),
            CandidateOrder = Int(15),
            Section = Text(16),
            CriterionOrder = Int(17),
            Criterion = Text(18),
            IsOverall = reader.IsDBNull(19) ? null : reader.GetBoolean(19),
            Level = Int(20),
            LevelName = Text(21),
            Count = reader.GetInt64(22),
        };
    }

    private async Task<int> StoredVersionAsync(CancellationToken cancellationToken)
    {
        await using var command = Command(null, $"SELECT MAX(version) FROM {Schema.Table("schema_version")}", []);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? 0 : Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task ExecuteAsync(DbTransaction? transaction, string sql, object[] values, CancellationToken cancellationToken)
    {
        await using var command = Command(transaction, sql, values);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private DbCommand Command(DbTransaction? transaction, string sql, object[] values)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var value in values)
        {
            command.Parameters.Add(Parameter(command, value));
        }

        return command;
    }
}
