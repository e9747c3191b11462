using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using OrgLife.Cli.Generate;
using OrgLife.Cli.Output;
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

    /// <summary>The command, its file argument and options, bound to <see cref="Run"/>.</summary>
    public static Command Create(CommandContext context, Labels labels)
    {
        var file = new Argument<string>("OUTPUT") { HelpName = "OUTPUT.bin", Description = labels.Pick("The binary ballot file to write.", "要写出的二进制选票文件。") };
        var branches = CommonOptions.Parsed(
            "--branches",
            "N",
            labels.Pick("The branches to generate (default 4614000, the national round).", "生成的支部数（默认 4614000，即全国一轮）。"),
            b => long.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n
                : throw new UsageException($"--branches '{b}' is not a whole number of branches from 1."),
            () => SyntheticRoundOptions.NationalBranchCount);
        var criteria = CommonOptions.Parsed(
            "--criteria",
            "1|6",
            labels.Pick("1 (the single grade, default) or 6 (five 好/一般/差 criteria and the overall grade).", "1（单一等次，默认）或 6（五项 好/一般/差 指标加总体等次）。"),
            text => text switch
            {
                "1" => 1,
                "6" => 6,
                var other => throw new UsageException($"--criteria '{other}' is not supported; use 1 (the single grade) or 6 (five 好/一般/差 criteria and the overall grade)."),
            },
            () => 1);
        var seed = CommonOptions.Parsed(
            "--seed",
            "S",
            labels.Pick("The generator's seed (default 2024); the same options and seed give the same bytes.", "生成器的种子（默认 2024）；相同的选项和种子生成相同的字节。"),
            s => ulong.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value
                : throw new UsageException($"--seed '{s}' is not a whole number from 0 to {ulong.MaxValue}."),
            () => DefaultSeed);
        var serials = CommonOptions.Flag("--serials", labels.Pick("Give every generated ballot a serial (checked for duplicates when tallied).", "为每张生成的选票编号（计票时检查重复）。"));
        var share = CommonOptions.Parsed(
            "--probationary-share",
            "X",
            labels.Pick("The chance that a generated member is probationary, 0 to 0.5 (default 0.03).", "生成的党员为预备党员的概率，0 至 0.5（默认 0.03）。"),
            p => double.TryParse(p, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var x) && x <= 0.5 ? x
                : throw new UsageException($"--probationary-share '{p}' is not a number from 0 to 0.5 (e.g. 0.03)."),
            () => DefaultProbationaryShare);
        var progress = CommonOptions.Progress(labels, context);
        var command = new ToolCommand(Name, labels.Pick(
            "Write the synthetic national round of ballots in the binary format (default 4,614,000 branches, about 2.2 billion marks, 2.36 GB for one criterion).",
            "以二进制格式写出合成的全国一轮选票（默认 4,614,000 个支部，约 22 亿个标记，单一指标 2.36 GB）。"),
            "'generate' needs exactly one file to write: OUTPUT.bin.")
        {
            file, branches, criteria, seed, serials, share, progress,
        };
        command.SetAction(parse => Run(
            parse.GetRequiredValue(file),
            new SyntheticRoundOptions(seed.ValueIn(parse), branches.ValueIn(parse), criteria.ValueIn(parse), share.ValueIn(parse), serials.ValueIn(parse)),
            progress.ValueIn(parse).On,
            context));
        return command;
    }

    private static int Run(string file, SyntheticRoundOptions options, bool progress, CommandContext context)
    {
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
