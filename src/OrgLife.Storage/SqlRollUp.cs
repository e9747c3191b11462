using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using OrgLife.Partials;
using OrgLife.Tally;

namespace OrgLife.Storage;

/// <summary>Runs <see cref="RollUpSql"/> on an open connection and reads the result into <see cref="LevelTotals"/>.</summary>
internal static class SqlRollUp
{
    /// <summary>How many result groups are read between two progress reports.</summary>
    internal const int ProgressEvery = 256;

    /// <summary>
    /// Runs the two queries and reads their rows; <paramref name="progress"/> is told the branches rolled up so far (the
    /// branches of the groups read, every <see cref="ProgressEvery"/> groups and at the end), never going backwards.
    /// </summary>
    internal static async Task<ImmutableArray<LevelTotals>> RunAsync(
        DbConnection connection, string source, string assessmentId, int depth, Func<DbCommand, object, DbParameter> parameter, IProgress<TallyProgress>? progress, CancellationToken cancellationToken)
    {
        // (path key, is void) → marks per level.
        var marks = new Dictionary<(string, bool), SortedDictionary<int, long>>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = RollUpSql.OverallMarks(source, depth);
            command.Parameters.Add(parameter(command, assessmentId));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var key = (LevelTotals.PathKey(Path(reader, depth)), Number(reader, depth) == 1);
                if (!marks.TryGetValue(key, out var byLevel))
                {
                    marks[key] = byLevel = [];
                }

                if (!reader.IsDBNull(depth + 1))
                {
                    byLevel[checked((int)Number(reader, depth + 1))] = Number(reader, depth + 2);
                }
            }
        }

        var groups = new SortedDictionary<string, LevelTotals>(StringComparer.Ordinal);
        long rowsRead = 0, branchesRead = 0;
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = RollUpSql.Totals(source, depth);
            command.Parameters.Add(parameter(command, assessmentId));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var path = Path(reader, depth);
                var key = LevelTotals.PathKey(path);
                var isVoid = Number(reader, depth) == 1;
                var byLevel = marks.GetValueOrDefault((key, isVoid));
                var levelCount = byLevel is null || byLevel.Count == 0 ? 0 : byLevel.Keys.Max();
                var overall = Enumerable.Range(1, levelCount).Select(level => byLevel!.GetValueOrDefault(level)).ToList();
                long At(int offset) => Number(reader, depth + offset);
                var counts = new LevelCounts(At(2), At(3), At(4), At(5), LevelCounts.Trim(overall), At(6), At(7), At(8), At(9), At(10));
                var branches = At(1);
                branchesRead += branches;
                if (++rowsRead % ProgressEvery == 0)
                {
                    progress?.Report(new TallyProgress(0, branchesRead));
                }

                var part = isVoid
                    ? new LevelTotals(path, branches, branches, LevelCounts.Zero, counts)
                    : new LevelTotals(path, branches, 0, counts, LevelCounts.Zero);
                groups[key] = groups.TryGetValue(key, out var other) ? other.Plus(part) : part;
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new TallyProgress(0, branchesRead));
        return [.. groups.Values];
    }

    /// <summary>A whole number however the engine types it (INTEGER, BIGINT, HUGEINT as BigInteger, NUMERIC as decimal).</summary>
    private static long Number(DbDataReader reader, int column) => reader.GetValue(column) switch
    {
        System.Numerics.BigInteger big => checked((long)big),
        var value => Convert.ToInt64(value, CultureInfo.InvariantCulture),
    };

    /// <summary>The group's path: the first <paramref name="depth"/> columns, up to the first null.</summary>
    private static ImmutableArray<string> Path(DbDataReader reader, int depth)
    {
        var path = ImmutableArray.CreateBuilder<string>(depth);
        for (var i = 0; i < depth && !reader.IsDBNull(i); i++)
        {
            path.Add(reader.GetString(i));
        }

        return path.ToImmutable();
    }
}
