using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;

namespace OrgLife.Benchmarks.EndToEnd;

/// <summary>
/// The peer of <c>orglife tally FILE.csv</c> (issue 14): DuckDB's plain <c>SELECT branch, candidate, grade, count(*)
/// FROM read_csv(…) GROUP BY ALL</c> over the same file with a given number of threads, in-process through DuckDB.NET,
/// the result read to its last row. No ballot checks: the floor to beat, not a rival. Prints the rows and the time.
/// </summary>
internal static class DuckDbGroupBy
{
    public static int Run(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("duckdb-groupby FILE.csv [--threads N]");
            return 2;
        }

        var threads = args.Length > 2 && args[1] == "--threads" ? int.Parse(args[2], CultureInfo.InvariantCulture) : Environment.ProcessorCount;
        var clock = Stopwatch.StartNew();
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using (var setting = connection.CreateCommand())
        {
            setting.CommandText = string.Create(CultureInfo.InvariantCulture, $"SET threads = {threads}");
            setting.ExecuteNonQuery();
        }

        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT branch, candidate, grade, count(*) FROM read_csv('{args[0].Replace("'", "''", StringComparison.Ordinal)}', header = true, all_varchar = true) GROUP BY ALL";
        long rows = 0, marks = 0;
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows++;
                marks += reader.GetInt64(3);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"DuckDB GROUP BY, {threads} thread(s): {rows:N0} groups, {marks:N0} rows counted, {clock.Elapsed.TotalSeconds:F2} s in process"));
        return 0;
    }
}
