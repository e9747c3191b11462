using System.Diagnostics;
using System.Globalization;
using OrgLife.Json;

namespace OrgLife.Benchmarks.EndToEnd;

/// <summary>
/// The steady state of reading <c>.jsonl</c> lines to records (<see cref="UnreadRecordLine.Read"/>), on one thread: the
/// lines are cut once and held in memory, then read again and again; prints the CPU microseconds per record of each
/// round, the bytes it allocates per record, and the least time, the figure the warm-up and other processes' noise disturb least. Also a loop to run
/// under <c>perf</c>.
/// </summary>
internal static class JsonlRead
{
    public static int Run(string[] args)
    {
        var path = args[0];
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
        List<UnreadRecordLine> lines;
        using (var file = File.OpenRead(path))
        {
            lines = [.. RecordReader.CutLines(file)];
        }

        var best = double.MaxValue;
        for (var round = 1; round <= rounds; round++)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            var read = 0;
            foreach (var line in lines)
            {
                read += line.Read().Result.Succeeded ? 1 : 0;
            }

            wall.Stop();
            var cpuUs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / lines.Count;
            var wallUs = wall.Elapsed.TotalMicroseconds / lines.Count;
            var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / lines.Count;
            best = Math.Min(best, wallUs);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round,3}: {wallUs,8:F1} µs/record wall {cpuUs,8:F1} µs/record CPU {bytes,9:N0} B/record allocated ({read} read)"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"least wall time per record: {best:F1} µs"));
        return 0;
    }
}
