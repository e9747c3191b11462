using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Npgsql;
using OrgLife.Ids;
using OrgLife.Partials;
using OrgLife.Storage;
using OrgLife.Tally.Formats.Binary;
using OrgLife.Tally.Merging;
using OrgLife.Tally.Reports;
using OrgLife.Tally.Synthetic;

namespace OrgLife.Benchmarks.Partials;

/// <summary>
/// Partial tallies at national scale (issue 13 §8), one run, not BenchmarkDotNet: a seeded fraction of the synthetic
/// national round (4.614 million single-grade branches) as partials with a province / city / county path, streamed
/// (1) into the library's own merge (<see cref="LevelTotals.Of"/> and <see cref="RollUp.Build"/>), (2) to Parquet files
/// then rolled up by province by DuckDB over the files (and read back streamed by the library), (3) to PostgreSQL by
/// binary COPY then rolled up by province in SQL. Each route regenerates the same partials from the seed (the
/// generation alone is timed first). The roll-ups must all equal the library's. Run by
/// <c>benchmarks/partials-national.sh</c>, which provides the PostgreSQL server.
/// </summary>
internal static class PartialsNationalRun
{
    private const string Assessment = "2026-民主评议";

    public static async Task<int> RunAsync(string[] args)
    {
        var fraction = 0.002;
        ulong seed = 2024;
        var files = 4;
        var rowGroupRows = PartialParquetOptions.DefaultRowGroupRows;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--fraction": fraction = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--seed": seed = ulong.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--files": files = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--row-group-rows": rowGroupRows = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default:
                    Console.Error.WriteLine($"Unknown option '{args[i]}'. Options: --fraction F (0 < F <= 1), --seed N, --files N, --row-group-rows N.");
                    return 2;
            }
        }

        if (fraction is <= 0 or > 1 || files < 1)
        {
            Console.Error.WriteLine("--fraction must be in (0, 1] and --files at least 1.");
            return 2;
        }

        var branches = Math.Max(1, (long)Math.Round(SyntheticRoundOptions.NationalBranchCount * fraction));
        var generator = new SyntheticBallotGenerator(new SyntheticRoundOptions(seed, branches, 1));
        var scale = SyntheticRoundOptions.NationalBranchCount / (double)branches;
        var report = new Report(scale);
        Console.WriteLine($"Partials of {branches:N0} synthetic branches (fraction {fraction} of {SyntheticRoundOptions.NationalBranchCount:N0}, seed {seed}), single-grade form, path 省 / 市 / 县; {Environment.ProcessorCount} cores, .NET {Environment.Version}.");

        var clock = Stopwatch.StartNew();
        long rows = 0;
        foreach (var partial in Partials(generator, 0, branches))
        {
            rows += PartialRecords.From(partial).LongCount();
        }

        report.Line("generate partials and their rows (no output)", rows, null, clock.Elapsed);

        clock.Restart();
        var library = LevelTotals.Of(Partials(generator, 0, branches), 1);
        report.Line("library: LevelTotals.Of by province", rows, null, clock.Elapsed);

        clock.Restart();
        var rollUp = RollUp.Build(Partials(generator, 0, branches).Select(p => p.ToBranchTally()), SuggestionRule.Default);
        report.Line("library: RollUp.Build (suggested grades, all levels)", rows, null, clock.Elapsed);

        var folder = Directory.CreateTempSubdirectory("orglife-partials-");
        try
        {
            clock.Restart();
            long parquetRows = 0;
            for (var file = 0; file < files; file++)
            {
                await using var stream = new FileStream(Path.Combine(folder.FullName, $"partials-{file:D3}.parquet"), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 20);
                parquetRows += await PartialParquet.WriteAsync(
                    Partials(generator, branches * file / files, branches * (file + 1) / files).ToAsyncEnumerable(), stream, new PartialParquetOptions { RowGroupRows = rowGroupRows });
            }

            var bytes = Directory.EnumerateFiles(folder.FullName).Sum(f => new FileInfo(f).Length);
            report.Line($"Parquet: write {files} files (row groups of {rowGroupRows:N0} rows)", parquetRows, bytes, clock.Elapsed);

            clock.Restart();
            var duck = await ParquetRollUp.RollUpAsync([Path.Combine(folder.FullName, "*.parquet")], Assessment, 1);
            report.Line("DuckDB: roll-up by province over the files (SQL)", parquetRows, bytes, clock.Elapsed);
            report.Check("DuckDB over Parquet", library, duck);

            clock.Restart();
            var readErrors = 0;
            async IAsyncEnumerable<PartialTally> ReadBack()
            {
                foreach (var path in Directory.EnumerateFiles(folder.FullName, "*.parquet").Order(StringComparer.Ordinal))
                {
                    await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
                    await foreach (var batch in PartialParquet.ReadBatchesAsync(stream))
                    {
                        readErrors += batch.Errors.Length;
                        foreach (var partial in batch.Partials)
                        {
                            yield return partial;
                        }
                    }
                }
            }

            var readBack = LevelTotals.Of(ReadBack().ToBlockingEnumerable(), 1);
            report.Line("library: streamed read of the files + LevelTotals.Of", parquetRows, bytes, clock.Elapsed);
            report.Check($"streamed Parquet read ({readErrors} errors)", library, readBack);
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        if (Environment.GetEnvironmentVariable("ORGLIFE_TEST_POSTGRES") is { Length: > 0 } connection)
        {
            var schema = new StoreSchemaName($"bench_{Guid.NewGuid():N}");
            try
            {
                await using var store = await PostgresPartialStore.OpenAsync(connection, schema);
                clock.Restart();
                var copied = await store.SubmitAsync(Partials(generator, 0, branches).ToAsyncEnumerable());
                var elapsed = clock.Elapsed;
                report.Line("PostgreSQL: submit (binary COPY, one transaction)", copied, await TableBytesAsync(connection, schema), elapsed);

                clock.Restart();
                var postgres = await store.RollUpAsync(Assessment, 1);
                report.Line("PostgreSQL: roll-up by province (SQL)", copied, null, clock.Elapsed);
                report.Check("PostgreSQL", library, postgres);
            }
            finally
            {
                await using var drop = new NpgsqlConnection(connection);
                await drop.OpenAsync();
                await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema.Quoted} CASCADE", drop);
                await command.ExecuteNonQueryAsync();
            }
        }
        else
        {
            Console.WriteLine("PostgreSQL: skipped (ORGLIFE_TEST_POSTGRES is not set; benchmarks/partials-national.sh starts a server).");
        }

        var total = rollUp.Total;
        Console.WriteLine($"Library RollUp: {total.Branches:N0} branches, {total.GradedMembers:N0} graded members, suggested {total.Suggested}; LevelTotals: {library.Sum(t => t.Branches):N0} branches in {library.Length} provinces.");
        Console.WriteLine($"Peak working set of the process: {Process.GetCurrentProcess().PeakWorkingSet64 / (1 << 20):N0} MiB");
        Console.WriteLine($"Extrapolated to the full round (× {scale:F0}, linear in branches): an estimate, not a measurement.");
        return report.AllEqual ? 0 : 1;
    }

    /// <summary>Branches [first, end) of the round as partials, generated and counted one at a time (memory: one branch).</summary>
    private static IEnumerable<PartialTally> Partials(SyntheticBallotGenerator generator, long first, long end)
    {
        var accumulator = new TallyAccumulator();
        var marks = new byte[50 * 50 * generator.Options.CriteriaPerCandidate];
        for (var index = first; index < end; index++)
        {
            var shape = generator.ShapeOf(index);
            var matrix = marks.AsSpan(0, shape.MarkCount);
            generator.FillMarks(shape, matrix);
            var counts = accumulator.Add(shape.BranchId, shape.BallotCount, shape.CandidateCount, generator.LevelCounts.AsSpan(), matrix, keep: true)!;
            yield return new PartialTally(Assessment, new BranchId(shape.BranchId.ToString(CultureInfo.InvariantCulture)), PathOf(index), counts.ToAssessmentTally());
        }
    }

    /// <summary>31 provinces, 11 cities each, 9 counties per city (about 3,000 counties), spread over the branches.</summary>
    private static ImmutableArray<string> PathOf(long index)
    {
        var province = index % 31;
        var city = index / 31 % 11;
        var county = index / 341 % 9;
        return [$"省{province:D2}", $"省{province:D2}市{city:D2}", $"省{province:D2}市{city:D2}县{county}"];
    }

    private static async Task<long> TableBytesAsync(string connection, StoreSchemaName schema)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_total_relation_size(($1 || '.partial_rows')::regclass)", db);
        command.Parameters.Add(new NpgsqlParameter { Value = schema.Quoted });
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>Prints the table of phases and the checks.</summary>
    private sealed class Report(double scale)
    {
        public bool AllEqual { get; private set; } = true;

        public void Line(string phase, long rows, long? bytes, TimeSpan elapsed)
        {
            var seconds = elapsed.TotalSeconds;
            var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1 << 20);
            var size = bytes is { } b ? $"{b:N0} B ({b / (double)rows:F1} B/row)" : "—";
            Console.WriteLine(
                $"| {phase} | {rows:N0} | {size} | {seconds:F2} s | {rows / seconds:N0} | {peak:N0} MiB | ≈ {seconds * scale / 60:F1} min, {rows * scale / 1e6:N0} M rows{(bytes is { } all ? $", {all * scale / 1e9:F1} GB" : string.Empty)} |");
        }

        public void Check(string route, ImmutableArray<LevelTotals> expected, ImmutableArray<LevelTotals> actual)
        {
            var equal = expected.SequenceEqual(actual);
            AllEqual &= equal;
            Console.WriteLine($"  check: {route} by province {(equal ? "equals" : "DIFFERS FROM")} the library's LevelTotals ({actual.Length} provinces).");
        }
    }
}
