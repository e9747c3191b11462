using System.Collections.Immutable;
using DuckDB.NET.Data;
using OrgLife.Partials;
using OrgLife.Tally;

namespace OrgLife.Storage;

/// <summary>
/// The engine route: partial-tally Parquet files rolled up by DuckDB in SQL (<see cref="RollUpSql"/> over
/// <c>read_parquet</c>), without loading them into this process or a store. The same SQL runs in Spark or Doris
/// over the same files (docs/partial-tally-format.md).
/// </summary>
public static class ParquetRollUp
{
    /// <summary>Rolls an assessment up over Parquet files by the first <paramref name="depth"/> organization levels.</summary>
    /// <param name="files">The Parquet files (paths or globs); passed to DuckDB as a parameter, never as SQL text.</param>
    /// <param name="assessmentId">The assessment.</param>
    /// <param name="depth">0 to <see cref="PartialFormat.OrganizationLevels"/>.</param>
    /// <param name="progress">Told the branches rolled up so far as the result is read (in <see cref="TallyProgress.Branches"/>), at the end too, never going backwards; or null.</param>
    /// <param name="cancellationToken">Stops the query with <see cref="OperationCanceledException"/>.</param>
    public static async Task<ImmutableArray<LevelTotals>> RollUpAsync(IReadOnlyList<string> files, string assessmentId, int depth, IProgress<TallyProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(assessmentId);
        if (files.Count == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new TallyProgress(0, 0));
            return [];
        }

        await using var connection = new DuckDBConnection("DataSource=:memory:");
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var command = connection.CreateCommand())
        {
            // The paths reach read_parquet through a variable set from a parameter, so no path becomes SQL text.
            command.CommandText = "SET VARIABLE orglife_partial_files = $1::VARCHAR[]";
            command.Parameters.Add(new DuckDBParameter(files.ToArray()));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return await SqlRollUp.RunAsync(connection, Source, assessmentId, depth, (_, value) => new DuckDBParameter(value), progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The row source: every file, unioned by column name.</summary>
    private const string Source = "read_parquet(getvariable('orglife_partial_files'), union_by_name = true)";
}
