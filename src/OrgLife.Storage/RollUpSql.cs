using System.Globalization;
using OrgLife.Partials;

namespace OrgLife.Storage;

/// <summary>
/// The roll-up SQL over partial-tally rows (docs/partial-tally-format.md, "Rolling up in SQL"): portable SQL
/// (CASE, SUM, COUNT DISTINCT, GROUP BY) that PostgreSQL, DuckDB, Spark SQL and Doris all run. Only the row
/// source differs: a store's table or DuckDB's <c>read_parquet</c>. The assessment is parameter <c>$1</c>.
/// </summary>
public static class RollUpSql
{
    /// <summary>The per-group totals by the first <paramref name="depth"/> organization levels.</summary>
    /// <param name="source">The row source: a quoted table name or a table function, never user text.</param>
    /// <param name="depth">0 to <see cref="PartialFormat.OrganizationLevels"/>.</param>
    public static string Totals(string source, int depth)
    {
        var levels = Levels(depth);
        var select = levels.Length == 0 ? string.Empty : levels + ", ";
        var group = levels.Length == 0 ? string.Empty : $"\nGROUP BY {levels}\nORDER BY {levels}";
        return $"""
            WITH branch_totals AS (
              SELECT {select}branch_id,
                SUM(CASE WHEN measure = 'issued' THEN count ELSE 0 END) AS issued,
                SUM(CASE WHEN measure = 'accepted' THEN count ELSE 0 END) AS accepted,
                SUM(CASE WHEN measure = 'rejected' THEN count ELSE 0 END) AS rejected,
                COUNT(DISTINCT CASE WHEN measure = 'graded_candidate' THEN candidate_id END) AS graded_members,
                SUM(CASE WHEN measure = 'abstention' AND section = 'candidate' AND is_overall THEN count ELSE 0 END) AS overall_abstentions,
                SUM(CASE WHEN measure = 'void_mark' AND section = 'candidate' AND is_overall THEN count ELSE 0 END) AS overall_void_marks,
                SUM(CASE WHEN measure = 'ignored_probationary_marks' THEN count ELSE 0 END) AS ignored_probationary_marks,
                SUM(CASE WHEN measure = 'unattributable_void_marks' THEN count ELSE 0 END) AS unattributable_void_marks
              FROM {source}
              WHERE assessment_id = $1
              GROUP BY {select}branch_id
            )
            SELECT {select}CAST(COUNT(*) AS BIGINT) AS branches,
              CAST(SUM(CASE WHEN accepted + rejected > issued THEN 1 ELSE 0 END) AS BIGINT) AS void_assessments,
              CAST(SUM(issued) AS BIGINT) AS issued, CAST(SUM(accepted) AS BIGINT) AS accepted, CAST(SUM(rejected) AS BIGINT) AS rejected,
              CAST(SUM(graded_members) AS BIGINT) AS graded_members,
              CAST(SUM(overall_abstentions) AS BIGINT) AS overall_abstentions, CAST(SUM(overall_void_marks) AS BIGINT) AS overall_void_marks,
              CAST(SUM(ignored_probationary_marks) AS BIGINT) AS ignored_probationary_marks,
              CAST(SUM(unattributable_void_marks) AS BIGINT) AS unattributable_void_marks
            FROM branch_totals{group}
            """;
    }

    /// <summary>The overall criterion's valid marks per group and level.</summary>
    /// <param name="source">The row source, as for <see cref="Totals"/>.</param>
    /// <param name="depth">0 to <see cref="PartialFormat.OrganizationLevels"/>.</param>
    public static string OverallMarks(string source, int depth)
    {
        var levels = Levels(depth);
        var select = levels.Length == 0 ? string.Empty : levels + ", ";
        return $"""
            SELECT {select}level, CAST(SUM(count) AS BIGINT) AS marks
            FROM {source}
            WHERE assessment_id = $1 AND measure = 'mark' AND section = 'candidate' AND is_overall
            GROUP BY {select}level
            """;
    }

    /// <summary>The organization level columns <c>org_1, …, org_depth</c>.</summary>
    /// <param name="depth">0 to <see cref="PartialFormat.OrganizationLevels"/>.</param>
    internal static string Levels(int depth)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(depth, PartialFormat.OrganizationLevels);
        return string.Join(", ", Enumerable.Range(1, depth).Select(i => string.Create(CultureInfo.InvariantCulture, $"org_{i}")));
    }
}
