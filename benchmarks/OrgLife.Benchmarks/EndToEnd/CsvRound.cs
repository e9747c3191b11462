using System.Globalization;
using System.Text;

namespace OrgLife.Benchmarks.EndToEnd;

/// <summary>
/// Writes the long-format CSV of issue 14's end-to-end tally: by default 10,000 branches of 20–39 members, every
/// member marking every member once (about 8.7 million rows, 250 MB), rows such as <c>B0001234,S017,M0012,合格</c>,
/// the grade mix of the synthetic national round (docs/tally-binary-format.md: blank 3.9 %, 优秀 18.7 %, 合格 73 %,
/// 基本合格 3.4 %, 不合格 0.5 %, 0.5 % no level), seeded so every run writes the same bytes.
/// </summary>
internal static class CsvRound
{
    public static int Run(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("csv-round OUTPUT.csv [--branches N] [--seed S]");
            return 2;
        }

        var branches = 10_000;
        var seed = 14;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--branches": branches = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default: Console.Error.WriteLine($"Unknown option '{args[i]}'."); return 2;
            }
        }

        var rows = Write(args[0], branches, seed);
        Console.WriteLine($"Wrote {args[0]}: {branches:N0} branches, {rows:N0} rows, {new FileInfo(args[0]).Length:N0} bytes.");
        return 0;
    }

    /// <summary>Writes the round; returns the rows written.</summary>
    public static long Write(string path, int branches, int seed)
    {
        var random = new Random(seed);
        using var output = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        output.NewLine = "\n";
        output.Write("branch,ballot,candidate,grade\n");
        var rows = 0L;
        for (var branch = 0; branch < branches; branch++)
        {
            var members = 20 + random.Next(20);
            for (var ballot = 1; ballot <= members; ballot++)
            {
                for (var member = 1; member <= members; member++)
                {
                    output.Write(string.Create(CultureInfo.InvariantCulture, $"B{branch:D7},S{ballot:D3},M{member:D4},{Grade(random.Next(1000))}\n"));
                    rows++;
                }
            }
        }

        return rows;
    }

    private static string Grade(int permille) => permille switch
    {
        < 39 => string.Empty,
        < 226 => "优秀",
        < 956 => "合格",
        < 990 => "基本合格",
        < 995 => "不合格",
        _ => "良好",
    };
}
