using System.Diagnostics;
using System.Globalization;
using OrgLife.Tally.Formats.Binary;
using OrgLife.Tally.Synthetic;

namespace OrgLife.Benchmarks.Tally;

/// <summary>
/// The one full-scale run: writes the synthetic national round (4.614 million branches, about 2.2 billion single-grade
/// marks) to a file under the temp folder, then times reading and counting it with the parallel tally, and deletes it.
/// Run under <c>/usr/bin/time -v</c> for the peak resident memory.
/// </summary>
internal static class NationalRun
{
    public static int Run(string[] args)
    {
        var branches = SyntheticRoundOptions.NationalBranchCount;
        var criteria = 1;
        var workers = Environment.ProcessorCount;
        var keep = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--branches": branches = long.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--criteria": criteria = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--workers": workers = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--keep": keep = true; break;
                default:
                    Console.Error.WriteLine($"Unknown option '{args[i]}'. Options: --branches N, --criteria C, --workers W, --keep.");
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

            for (var run = 1; run <= 3; run++)
            {
                clock.Restart();
                NationalTally totals;
                using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan))
                {
                    totals = BinaryBallotTally.Count(file, new BallotReadOptions { WorkerCount = workers });
                }

                var seconds = clock.Elapsed.TotalSeconds;
                Console.WriteLine(
                    $"Run {run}: ingest + tally of {totals.MarkCount:N0} marks in {totals.BranchCount:N0} blocks with {workers} workers: {seconds:F2} s, " +
                    $"{totals.MarkCount / seconds / 1e9:F2} G marks/s, {bytes / seconds / 1e9:F2} GB/s; overall totals {string.Join(' ', totals.CriterionTotals[^1])}");
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
