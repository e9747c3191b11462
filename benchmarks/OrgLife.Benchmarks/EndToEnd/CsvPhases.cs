using System.Diagnostics;
using OrgLife.Ids;
using OrgLife.Tally.Box;
using OrgLife.Tally.Formats;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Reports;

namespace OrgLife.Benchmarks.EndToEnd;

/// <summary>
/// Where the CSV tally's time goes, phase by phase on one file (wall and CPU time of each): reading the bytes, the
/// census alone, the sequential tally (census a step ahead + reader), with reports, and the parallel tally.
/// </summary>
internal static class CsvPhases
{
    public static int Run(string[] args)
    {
        var path = args[0];
        var form = BallotForms.FourGrades;
        var workers = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : Environment.ProcessorCount;
        Only = args.Length > 2 ? args[2] : null;
        for (var round = 1; round <= 2; round++)
        {
            Console.WriteLine($"round {round}");
            Time("read the file (floor)", () =>
            {
                using var file = File.OpenRead(path);
                var buffer = new byte[1 << 20];
                long lines = 0;
                int read;
                while ((read = file.Read(buffer)) > 0)
                {
                    lines += buffer.AsSpan(0, read).Count((byte)'\n');
                }

                return $"{lines:N0} lines";
            });
            Time("census alone", () =>
            {
                using var file = File.OpenRead(path);
                return $"{CsvBranchCensus.Read(file, form).Count():N0} branches";
            });
            Time("sequential: census ahead + reader", () => $"{Sequential(path, form, report: false):N0} branches");
            Time("sequential + reports", () => $"{Sequential(path, form, report: true):N0} branches");
            foreach (var w in new[] { 1, workers })
        Time($"parallel, {w} workers, + reports", () =>
            {
                var result = CsvParallelTally.TryRead(
                    () => File.OpenRead(path),
                    form,
                    (_, census) => census() is var seen ? new BallotBox(form, new AssessmentCandidates(seen.Candidates), seen.Ballots) : null,
                    branch => branch.Tally.ToReport(SuggestionRule.Default),
                    null,
                    workers);
                return result is null ? "declined" : $"{result.Count:N0} branches";
            });
        }

        return 0;
    }

    private static int Sequential(string path, BallotForm form, bool report)
    {
        using var second = File.OpenRead(path);
        using var ahead = CsvBranchCensus.Read(second, form).GetEnumerator();
        using var input = File.OpenRead(path);
        var count = 0;
        foreach (var branch in new CsvBallotReader(b =>
        {
            ahead.MoveNext();
            return new BallotBox(form, new AssessmentCandidates(ahead.Current.Candidates), ahead.Current.Ballots);
        }).Read(input))
        {
            if (report)
            {
                _ = branch.Tally.ToReport(SuggestionRule.Default);
            }

            count++;
        }

        return count;
    }

    private static string? Only;

    private static void Time(string label, Func<string> phase)
    {
        if (Only is not null && !label.StartsWith(Only, StringComparison.Ordinal))
        {
            return;
        }

        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var what = phase();
        process.Refresh();
        Console.WriteLine($"{label,-40} {clock.Elapsed.TotalSeconds,7:F2} s wall {(process.TotalProcessorTime - cpu).TotalSeconds,7:F2} s CPU  {what}");
    }
}
