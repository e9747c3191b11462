using System.Globalization;
using OrgLife.Partials;

namespace OrgLife.Storage;

/// <summary>
/// The roll-up SQL over partial-tally rows (docs/partial-tally-format.md, "Rolling up in SQL"): portable SQL
/// (CASE, SUM, COUNT DISTINCT, GROUP BY, JOIN) that PostgreSQL, DuckDB, Spark SQL and Doris all run. Only the row
/// source differs: a store's table or DuckDB's <c>read_parquet</c>. The assessment is parameter <c>$1</c>. Each
/// group comes in two rows, <c>is_void</c> 0 (the totals) and 1 (void assessments, reported apart: OL401).
/// </summary>
public static class RollUpSql
{
    /// <summary>The per-group totals by the first <paramref name="depth"/> organization levels.</summary>
    /// <param name="source">The row source: a quoted table name or a table function, never user text.</param>
    /// <param name="depth">0 to <see cref="PartialFormat.OrganizationLevels"/>.</param>
    public static string Totals(string source, int depth)
    {
        var levels = Levels(depth, string.Empty);
        return $"""
            WITH branch_totals AS (
              SELECT {levels}branch_id,
                SUM(CASE WHEN measure = 'issued' THEN count ELSE 0 END) AS issued,
                SUM(CASE WHEN measure = 'accepted' THEN count ELSE 0 END) AS accepted,
                SUM(CASE WHEN measure = 'rejected' THEN count ELSE 0 END) AS rejected,
                COUNT(DISTINCT CASE WHEN measure = 'graded_candidate' THEN candidate_id END) AS graded_members,
                SUM(CASE WHEN measure = 'abstention' AND section = 'candidate' AND is_overall THEN count ELSE 0 END) AS overall_abstentions,
                SUM(CASE WHEN measure = 'void_mark' AND section = 'candidate' AND is_overall THEN count ELSE 0 END) AS overall_void_marks,
                SUM(CASE WHEN measure = 'ignored_probationary_marks' THEN count ELSE 0 END) AS ignored_probationary_marks,
                SUM(CASE WHEN measure = 'unattributable_void_marks' THEN count ELSE 0 END) AS unattributable_void_marks,
                SUM(CASE WHEN measure = 'voided_ballots' THEN count ELSE 0 END) AS voided_ballots
              FROM {source}
              WHERE assessment_id = $1
              GROUP BY {levels}branch_id
            ),
            flagged AS (
              SELECT *, CASE WHEN accepted + rejected + voided_ballots > issued THEN 1 ELSE 0 END AS is_void
              FROM branch_totals
            )
            SELECT {levels}is_void, CAST(COUNT(*) AS BIGINT) AS branches,
              CAST(SUM(issued) AS BIGINT) AS issued, CAST(SUM(accepted) AS BIGINT) AS accepted, CAST(SUM(rejected) AS BIGINT) AS rejected,
              CAST(SUM(graded_members) AS BIGINT) AS graded_members,
              CAST(SUM(overall_abstentions) AS BIGINT) AS overall_abstentions, CAST(SUM(overall_void_marks) AS BIGINT) AS overall_void_marks,
              CAST(SUM(ignored_probationary_marks) AS BIGINT) AS ignored_probationary_marks,
              CAST(SUM(unattributable_void_marks) AS BIGINT) AS unattributable_void_marks,
              CAST(SUM(voided_ballots) AS BIGINT) AS voided_ballots
            FROM flagged
            GROUP BY {levels}is_void
            ORDER BY {levels}is_void
            """;
    }

    /// <summary>The overall criterion's valid marks per group, void flag and level.</summary>
    /// <param name="source">The row source, as for <see cref="Totals"/>.</param>
    /// <param name="depth">0 to <see cref="PartialFormat.OrganizationLevels"/>.</param>
    public static string OverallMarks(string source, int depth)
    {
        var levels = Levels(depth, "r.");
        return $"""
            WITH branch_flags AS (
              SELECT branch_id,
                CASE WHEN SUM(CASE WHEN measure = 'accepted' OR measure = 'rejected' OR measure = 'voided_ballots' THEN count ELSE 0 END)
                  > SUM(CASE WHEN measure = 'issued' THEN count ELSE 0 END) THEN 1 ELSE 0 END AS is_void
              FROM {source}
              WHERE assessment_id = $1
              GROUP BY branch_id
            )
            SELECT {levels}f.is_void, r.level, CAST(SUM(r.count) AS BIGINT) AS marks
            FROM {source} AS r
            JOIN branch_flags AS f ON f.branch_id = r.branch_id
            WHERE r.assessment_id = $1 AND r.measure = 'mark' AND r.section = 'candidate' AND r.is_overall
            GROUP BY {levels}f.is_void, r.level
            """;
    }

    /// <summary>The organization level columns <c>org_1, …, org_depth, </c> (with a trailing comma when any), each with a prefix.</summary>
    /// <param name="depth">0 to <see cref="PartialFormat.OrganizationLevels"/>.</param>
    /// <param name="prefix">A table alias and dot, or empty.</param>
    internal static string Levels(int depth, string prefix)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(depth, PartialFormat.OrganizationLevels);
        return string.Concat(Enumerable.Range(1, depth).Select(i => string.Create(CultureInfo.InvariantCulture, $"{prefix}org_{i}, ")));
    }
}
