using System.Diagnostics;
using System.Globalization;
using OrgLife.Tally.Formats.Binary;

namespace OrgLife.Benchmarks.EndToEnd;

/// <summary>
/// The bare count of a binary ballot file (<see cref="BinaryBallotTally.Count"/> on every core, no roll-up), and the
/// physical floor (reading the file's bytes), for the binary round's whole-process timings (issue 14 item 3).
/// </summary>
internal static class BinaryCount
{
    public static int Run(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("binary-count FILE.bin | binary-read FILE.bin");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        using var file = new FileStream(args[0], FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        var totals = BinaryBallotTally.Count(file, BallotReadOptions.Default);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bare count: {totals.BranchCount:N0} blocks, {totals.MarkCount:N0} marks, {clock.Elapsed.TotalSeconds:F2} s in process"));
        return 0;
    }

    /// <summary>Reads the file's bytes once (1 MiB reads) and sums them, so nothing is optimized away: the floor.</summary>
    public static int Read(string[] args)
    {
        var clock = Stopwatch.StartNew();
        using var file = new FileStream(args[0], FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        var buffer = new byte[1 << 20];
        long lines = 0;
        int read;
        while ((read = file.Read(buffer)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read floor: {file.Length:N0} bytes ({lines:N0} line feeds), {clock.Elapsed.TotalSeconds:F2} s in process"));
        return 0;
    }
}
