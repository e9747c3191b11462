using System.Diagnostics;
using System.Globalization;
using OrgLife.Cli.Generate;
using OrgLife.Cli.Progress;
using OrgLife.Tally.Synthetic;

namespace OrgLife.Cli.Commands;

/// <summary>
/// <c>orglife generate OUTPUT.bin</c>: writes the tally library's synthetic round (<see cref="SyntheticRound.WriteTo"/>)
/// in the binary ballot format — by default the full national round of 4,614,000 branches. Prints the expected size
/// first, a progress line on stderr while it writes, and a one-line summary. Exit 0, or 2 on bad usage or a file that
/// cannot be written (a partly written file is deleted).
/// </summary>
internal static class GenerateCommand
{
    public const string Name = "generate";

    /// <summary>The seed of the round documented in docs/tally-binary-format.md (2,210,137,389 marks nationally).</summary>
    private const ulong DefaultSeed = 2024;

    private const double DefaultProbationaryShare = 0.03;

    public static int Run(Arguments arguments, CommandContext context)
    {
        arguments.AllowOnly(Name, "branches", "criteria", "seed", "serials", "probationary-share", "progress");
        if (arguments.Positionals.Length != 1)
        {
            throw new UsageException("'generate' needs exactly one file to write: OUTPUT.bin.");
        }

        var file = arguments.Positionals[0];
        var options = Options(arguments);
        var progress = CommonOptions.Progress(arguments, context);
        var generator = new SyntheticBallotGenerator(options);
        var estimate = RoundSize.Estimate(generator);
        var about = estimate.IsExact ? string.Empty : "about ";
        context.Out.WriteLine(Invariant(
            $"Generating {options.BranchCount:N0} branches ({Criteria(options)}, seed {options.Seed}, {(options.IncludeSerials ? "with" : "no")} serials, probationary share {options.ProbationaryShare}) into {file}: {about}{estimate.Marks:N0} marks, {about}{Size(estimate.Bytes)}."));
        context.Out.Flush();

        var clock = Stopwatch.StartNew();
        var (marks, bytes) = Write(file, generator, estimate, context, progress);
        var exact = estimate.IsExact ? estimate : RoundSize.Exact(generator);
        context.Out.WriteLine(Invariant(
            $"Wrote {file}: {options.BranchCount:N0} branches, {exact.Ballots:N0} ballots, {marks:N0} marks, {bytes:N0} bytes ({Size(bytes)}) in {clock.Elapsed.TotalSeconds:N1} s."));
        return ExitCodes.Success;
    }

    /// <summary>Writes the round; a file that cannot be created or written is bad usage, and what was written is deleted.</summary>
    private static (long Marks, long Bytes) Write(string file, SyntheticBallotGenerator generator, RoundSize estimate, CommandContext context, bool progress)
    {
        FileStream output;
        try
        {
            output = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new BadInputException($"cannot write '{file}': {ex.Message}");
        }

        try
        {
            using (output)
            using (var counted = new CountingStream(output))
            using (new TimedProgress(context.Error, progress, () => $"orglife generate: {Share.Of(counted.Bytes, estimate.Bytes)}"))
            {
                var marks = SyntheticRound.WriteTo(generator, counted);
                return (marks, counted.Bytes);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            File.Delete(file);
            throw new BadInputException($"cannot write '{file}' (the partial file is deleted): {ex.Message}");
        }
    }

    private static SyntheticRoundOptions Options(Arguments arguments)
    {
        var branches = arguments.Option("branches") is { } b
            ? long.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n
                : throw new UsageException($"--branches '{b}' is not a whole number of branches from 1.")
            : SyntheticRoundOptions.NationalBranchCount;
        var criteria = arguments.Option("criteria") switch
        {
            null or "1" => 1,
            "6" => 6,
            var other => throw new UsageException($"--criteria '{other}' is not supported; use 1 (the single grade) or 6 (five 好/一般/差 criteria and the overall grade)."),
        };
        var seed = arguments.Option("seed") is { } s
            ? ulong.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value
                : throw new UsageException($"--seed '{s}' is not a whole number from 0 to {ulong.MaxValue}.")
            : DefaultSeed;
        var share = arguments.Option("probationary-share") is { } p
            ? double.TryParse(p, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var x) && x <= 0.5 ? x
                : throw new UsageException($"--probationary-share '{p}' is not a number from 0 to 0.5 (e.g. 0.03).")
            : DefaultProbationaryShare;
        return new SyntheticRoundOptions(seed, branches, criteria, share, arguments.Flag("serials"));
    }

    private static string Criteria(SyntheticRoundOptions options) => options.CriteriaPerCandidate == 1 ? "1 criterion" : $"{options.CriteriaPerCandidate} criteria";

    /// <summary>Bytes in kB, MB or GB (decimal units), e.g. <c>2.36 GB</c>.</summary>
    private static string Size(long bytes) => bytes switch
    {
        >= 1_000_000_000 => Invariant($"{bytes / 1e9:0.00} GB"),
        >= 1_000_000 => Invariant($"{bytes / 1e6:0.0} MB"),
        _ => Invariant($"{bytes / 1e3:0.0} kB"),
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
