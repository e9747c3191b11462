using System.Diagnostics;
using System.Globalization;
using NodaTime;
using OrgLife.Json;
using OrgLife.Json.Output;
using OrgLife.Rules;
using OrgLife.Rules.Policies;

namespace OrgLife.Benchmarks.EndToEnd;

/// <summary>
/// Where the time of <c>orglife validate FILE.jsonl</c> goes, on one thread over the same file, each phase including
/// the ones before it: cutting the lines, reading them to records, validating, and writing the JSON reports. Prints
/// wall and CPU microseconds per record; the first round warms the JIT, the later ones are the steady state.
/// </summary>
internal static class JsonlPhases
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly LocalDate AsOf = new(2027, 1, 10);
    private static readonly OrgLifeValidator Validator = new();

    public static int Run(string[] args)
    {
        var path = args[0];
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        for (var round = 1; round <= rounds; round++)
        {
            Console.WriteLine($"round {round}");
            Time(path, "cut lines", static _ => 0);
            Time(path, "cut + read", static line => line.Read().Result.Succeeded ? 1 : 0);
            Time(path, "cut + read + validate", static line => Validate(line) is null ? 0 : 1);
            Time(path, "cut + read + validate + JSON report", static line =>
            {
                using var output = new StringWriter(CultureInfo.InvariantCulture);
                if (Validate(line) is { } report)
                {
                    ReportJson.Write(output, report, "demo.jsonl", line.Line);
                }

                return output.GetStringBuilder().Length;
            });
        }

        return 0;
    }

    private static ValidationReport? Validate(UnreadRecordLine line)
        => line.Read().Result.Record is { } record ? Validator.Validate(record, PolicyPresets.National, AsOf, English) : null;

    private static void Time(string path, string phase, Func<UnreadRecordLine, long> work)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        long records = 0, check = 0;
        using (var file = File.OpenRead(path))
        {
            foreach (var line in RecordReader.CutLines(file))
            {
                check += work(line);
                records++;
            }
        }

        wall.Stop();
        process.Refresh();
        var cpuUs = (process.TotalProcessorTime - cpu).TotalMicroseconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {phase,-40} {records,8:N0} records  {wall.Elapsed.TotalMicroseconds / records,9:F1} µs/record wall  {cpuUs / records,9:F1} µs/record CPU  ({check})"));
    }
}
