using System.Collections.Immutable;
using System.Data.Common;
using OrgLife.Partials;

namespace OrgLife.Storage;

/// <summary>Runs <see cref="RollUpSql"/> on an open connection and reads the result into <see cref="LevelTotals"/>.</summary>
internal static class SqlRollUp
{
    internal static async Task<ImmutableArray<LevelTotals>> RunAsync(
        DbConnection connection, string source, string assessmentId, int depth, Func<DbCommand, object, DbParameter> parameter, CancellationToken cancellationToken)
    {
        var marks = new Dictionary<string, SortedDictionary<int, long>>(StringComparer.Ordinal);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = RollUpSql.OverallMarks(source, depth);
            command.Parameters.Add(parameter(command, assessmentId));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var key = LevelTotals.PathKey(Path(reader, depth));
                if (!marks.TryGetValue(key, out var byLevel))
                {
                    marks[key] = byLevel = [];
                }

                if (!reader.IsDBNull(depth))
                {
                    byLevel[Convert.ToInt32(reader.GetValue(depth), System.Globalization.CultureInfo.InvariantCulture)] = reader.GetInt64(depth + 1);
                }
            }
        }

        var totals = new List<LevelTotals>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = RollUpSql.Totals(source, depth);
            command.Parameters.Add(parameter(command, assessmentId));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var path = Path(reader, depth);
                var byLevel = marks.GetValueOrDefault(LevelTotals.PathKey(path));
                var levelCount = byLevel is null || byLevel.Count == 0 ? 0 : byLevel.Keys.Max();
                var overall = Enumerable.Range(1, levelCount).Select(level => byLevel!.GetValueOrDefault(level)).ToList();
                long At(int offset) => reader.GetInt64(depth + offset);
                totals.Add(new LevelTotals(path, At(0), At(1), At(2), At(3), At(4), At(5), LevelTotals.Trim(overall), At(6), At(7), At(8), At(9)));
            }
        }

        return [.. totals.OrderBy(t => LevelTotals.PathKey(t.Path), StringComparer.Ordinal)];
    }

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
