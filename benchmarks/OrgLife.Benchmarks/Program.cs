using BenchmarkDotNet.Running;
using OrgLife.Benchmarks.Partials;
using OrgLife.Benchmarks.Tally;

// Benchmarks:  dotnet run -c Release --project benchmarks/OrgLife.Benchmarks -- --filter '*'
// Full-scale tally run (not BenchmarkDotNet):  dotnet run -c Release --project benchmarks/OrgLife.Benchmarks -- national [--branches N] [--criteria C] [--workers W] [--keep] [--rollup]
// End-to-end tally paths with their peers (issue 14): benchmarks/tally-csv.sh, benchmarks/tally-binary.sh; the pieces:
//   csv-round OUT.csv [--branches N], csv-phases FILE.csv [workers], duckdb-groupby FILE.csv [--threads N], binary-count FILE.bin, read-floor FILE,
//   jsonl-phases FILE.jsonl [rounds] (orglife validate's phases, one thread), jsonl-read FILE.jsonl [rounds] (reading lines held in memory, one thread), validator-rules [size] [iterations] [rule ID …] (each rule's CPU
//   time and allocation), validator-loop [size] [thousands] (the validator in a loop, for perf)
// Partial tallies at national scale (Parquet, DuckDB, PostgreSQL, the library's merge):  benchmarks/partials-national.sh --fraction F
if (args.Length > 0 && args[0] == "partials")
{
    return await PartialsNationalRun.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "csv-round")
{
    return OrgLife.Benchmarks.EndToEnd.CsvRound.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "duckdb-groupby")
{
    return OrgLife.Benchmarks.EndToEnd.DuckDbGroupBy.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "binary-count")
{
    return OrgLife.Benchmarks.EndToEnd.BinaryCount.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "read-floor")
{
    return OrgLife.Benchmarks.EndToEnd.BinaryCount.Read(args[1..]);
}

if (args.Length > 0 && args[0] == "csv-phases")
{
    return OrgLife.Benchmarks.EndToEnd.CsvPhases.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "jsonl-phases")
{
    return OrgLife.Benchmarks.EndToEnd.JsonlPhases.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "jsonl-read")
{
    return OrgLife.Benchmarks.EndToEnd.JsonlRead.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "validator-rules")
{
    return OrgLife.Benchmarks.ValidatorRuleCosts.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "validator-loop")
{
    return OrgLife.Benchmarks.ValidatorRuleCosts.Loop(args[1..]);
}

if (args.Length > 0 && args[0] == "national")
{
    return NationalRun.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

/// <summary>Entry point holder for the benchmark switcher.</summary>
public partial class Program;
