using System.Diagnostics;
using System.Globalization;
using OrgLife.Tally.Formats.Binary;
using OrgLife.Tally.Reports;
using OrgLife.Tally.Synthetic;

namespace OrgLife.Benchmarks.Tally;

/// <summary>
/// The one full-scale run: writes the synthetic national round (4.614 million branches, about 2.2 billion single-grade
/// marks) to a file under the temp folder, then times reading and counting it with the parallel tally, and deletes it.
/// Run under <c>/usr/bin/time -v</c> for the peak resident memory.
/// </summary>
internal static class NationalRun
{
    private static readonly string[] Provinces = [.. Enumerable.Range(1, 31).Select(i => $"省{i:D2}")];

    public static int Run(string[] args)
    {
        var branches = SyntheticRoundOptions.NationalBranchCount;
        var criteria = 1;
        var workers = Environment.ProcessorCount;
        var keep = false;
        var rollUp = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--branches": branches = long.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--criteria": criteria = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--workers": workers = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--keep": keep = true; break;
                case "--rollup": rollUp = true; break;
                default:
                    Console.Error.WriteLine($"Unknown option '{args[i]}'. Options: --branches N, --criteria C, --workers W, --keep, --rollup.");
                    return 2;
            }
        }

        var path = Path.Combine(Path.GetTempPath(), $"orglife-national-{criteria}.bin");
        try
        {
            var clock = Stopwatch.StartNew();
            long marks;
            using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0))
            {
                marks = SyntheticRound.WriteTo(new SyntheticBallotGenerator(new SyntheticRoundOptions(2024, branches, criteria)), file);
            }

            var bytes = new FileInfo(path).Length;
            Console.WriteLine($"Generated {branches:N0} branches, {marks:N0} marks, {bytes:N0} bytes in {clock.Elapsed.TotalSeconds:F1} s");

            var process = Process.GetCurrentProcess();
            for (var run = 1; run <= 3; run++)
            {
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                clock.Restart();
                NationalTally totals;
                using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan))
                {
                    totals = BinaryBallotTally.Count(file, new BallotReadOptions { WorkerCount = workers });
                }

                var seconds = clock.Elapsed.TotalSeconds;
                process.Refresh();
                var cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
                Console.WriteLine(
                    $"Run {run}: ingest + tally of {totals.MarkCount:N0} marks in {totals.BranchCount:N0} blocks with {workers} workers: {seconds:F2} s ({cpuSeconds:F2} s of CPU), " +
                    $"{totals.MarkCount / seconds / 1e9:F2} G marks/s, {bytes / seconds / 1e9:F2} GB/s; overall totals {string.Join(' ', totals.CriterionTotals[^1])}");
            }

            if (rollUp)
            {
                clock.Restart();
                BinaryRollUp result;
                using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan))
                {
                    result = BinaryBallotTally.RollUp(file, SuggestionRule.Default, branch => [Provinces[branch % Provinces.Length]], new BallotReadOptions { WorkerCount = workers });
                }

                var total = result.RollUp.Total;
                Console.WriteLine(
                    $"Roll-up of {total.Branches:N0} branches ({total.GradedMembers:N0} graded members) into {Provinces.Length} provinces with {workers} workers: " +
                    $"{clock.Elapsed.TotalSeconds:F2} s; suggested {total.Suggested}; over the Excellent cap {total.BranchesOverExcellentCap:N0}");
            }

            Console.WriteLine($"Peak working set (this process): {Process.GetCurrentProcess().PeakWorkingSet64 / (1 << 20):N0} MiB");
            return 0;
        }
        finally
        {
            if (!keep)
            {
                File.Delete(path);
            }
        }
    }
}
