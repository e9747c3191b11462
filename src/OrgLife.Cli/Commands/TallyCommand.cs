using System.Buffers;
using System.CommandLine;
using System.Globalization;
using OrgLife.Cli.Input;
using OrgLife.Json;
using OrgLife.Cli.Output;
using OrgLife.Json.Output;
using OrgLife.Cli.Partials;
using OrgLife.Cli.Tally;
using OrgLife.Partials;
using OrgLife.Tally.Reports;

namespace OrgLife.Cli.Commands;

/// <summary>
/// <c>orglife tally INPUT.csv</c>: streams the CSV long format (docs/tally.md), prints one report per branch and a
/// summary across branches. Exit 0 when everything was tallied, 1 when an assessment is void (OL401), 2 when the
/// input or an option cannot be used or rows were skipped (each named on stderr by its line). A binary ballot file
/// (<see cref="BinaryTallyCommand.IsBinary"/>) goes to <see cref="BinaryTallyCommand"/>.
/// </summary>
internal static class TallyCommand
{
    public const string Name = "tally";

    /// <summary>The command, its file argument and options (CSV and binary input), bound to <see cref="Run"/> or <see cref="BinaryTallyCommand.Run"/>.</summary>
    public static Command Create(CommandContext context, Labels labels)
    {
        var file = new Argument<string>("INPUT")
        {
            HelpName = "INPUT.csv|INPUT.bin",
            Description = labels.Pick(
                "Ballots in the CSV long format (branch,ballot,candidate,grade[,criterion][,category]), or a binary ballot file (*.bin, or starting with OLBALLOT).",
                "CSV 长格式的选票（branch,ballot,candidate,grade[,criterion][,category]），或二进制选票文件（*.bin，或以 OLBALLOT 开头）。"),
        };
        var form = new Option<string>("--form")
        {
            HelpName = "FORM.json|single|good-fair-poor|six-criteria",
            Description = labels.Pick("(CSV) The ballot form: a built-in name (default single: the four grades) or a form JSON file (docs/tally.md).", "（CSV）测评表：内置名称（默认 single：四个等次）或测评表 JSON 文件（docs/tally.md）。"),
        };
        var suggest = CommonOptions.Parsed<SuggestionRule?>(
            "--suggest",
            "RULE",
            labels.Pick(
                "The suggested-grade rule, comma-separated: ties-down (default), ties-up, ties-none, weighted, GRADE>=P% (e.g. unqualified>=50%), levelN>=P%:GRADE (e.g. level1>=90%:excellent).",
                "建议等次的规则，逗号分隔：ties-down（默认）、ties-up、ties-none、weighted、GRADE>=P%（如 unqualified>=50%）、levelN>=P%:GRADE（如 level1>=90%:excellent）。"),
            SuggestOption.Parse,
            () => null);
        var policy = CommonOptions.Policy(labels);
        policy.Description += labels.Pick(
            " Its OL303 Excellent cap is the roll-up's (municipal-2016: none), unless the form's result sets its own excellentCap.",
            "其 OL303 优秀比例上限即汇总所用的上限（municipal-2016：无上限），除非测评表的结果规则自设 excellentCap。");
        var roster = new Option<string>("--roster")
        {
            HelpName = "RECORD.json|RECORDS.jsonl",
            Description = labels.Pick(
                "(CSV) Branch records giving each branch's roster (probationary members listed, not graded) and, from the attendance, the ballots issued; without it the ballots issued are the ballots returned and OL401 is not evaluated.",
                "（CSV）提供各支部名册的支部记录（预备党员列出但不评定等次），并由出席情况得出发出的票数；不给时发出票数即收回票数，OL401 不评估。"),
        };
        var probationaryBallots = CommonOptions.Parsed(
            "--probationary-ballots",
            "yes|no",
            labels.Pick("(CSV) yes (default): probationary members present receive a ballot (预备党员参加民主评议); no: they do not.", "（CSV）yes（默认）：到会的预备党员领取测评票；no：不领取。"),
            text => text switch
            {
                "yes" => new Choice(true),
                "no" => new Choice(false),
                var other => throw new UsageException($"--probationary-ballots takes yes (the default: probationary members present receive a ballot) or no, not '{other}'."),
            },
            () => new Choice(true));
        var minimumCategoryBallots = CommonOptions.Parsed(
            "--min-category-ballots",
            "K",
            labels.Pick($"(CSV) OL405: a voter category with fewer ballots than this (default {BranchResult.DefaultMinimumCategoryBallots}) has its breakdown suppressed.", $"（CSV）OL405：票数少于此数（默认 {BranchResult.DefaultMinimumCategoryBallots}）的投票人类别不单列。"),
            k => int.TryParse(k, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed is >= 1 and <= 1_000_000 ? parsed
                : throw new UsageException($"--min-category-ballots takes a whole number from 1 to 1000000 (default {BranchResult.DefaultMinimumCategoryBallots}), not '{k}'."),
            () => BranchResult.DefaultMinimumCategoryBallots);
        var format = CommonOptions.Format(labels, "docs/cli-output.md");
        var culture = CommonOptions.Culture(labels);
        var progress = CommonOptions.Progress(labels, context);
        var export = new Option<string>("--export")
        {
            HelpName = "FILE.parquet|FILE.json",
            Description = labels.Pick("(CSV) Also write every branch's partial tally (counts only, docs/partial-tally-format.md); the organization path comes from --roster records.", "（CSV）同时写出各支部的部分计票结果（仅计数，docs/partial-tally-format.md）；组织路径取自 --roster 记录。"),
        };
        var assessment = new Option<string>("--assessment")
        {
            HelpName = "ID",
            Description = labels.Pick("(CSV) The assessment's ID in the exported partials (default: the CSV file's name).", "（CSV）导出的部分计票结果中的测评标识（默认：CSV 文件名）。"),
        };
        var summaryOnly = CommonOptions.Flag("--summary", labels.Pick("(CSV) Print only the summary across branches (for large tallies): no per-branch report is built.", "（CSV）只打印跨支部的汇总（用于大规模计票）：不生成各支部报告。"));
        var branchReports = CommonOptions.Flag("--branch-reports", labels.Pick("(binary) Also print every branch's report, in the order the workers finish them.", "（二进制）同时打印每个支部的报告，按工作线程完成的顺序。"));
        var command = new ToolCommand(Name, labels.Pick(
            "Tally 民主测评 ballots in the CSV long format: one report per branch and a summary across branches. A binary ballot file (named *.bin, or starting with the magic OLBALLOT) is rolled up with every core into the national summary. Exit 1 when an assessment is void (OL401).",
            "统计 CSV 长格式的民主测评票：每个支部一份报告，另加跨支部的汇总。二进制选票文件（名为 *.bin，或以 OLBALLOT 开头）用全部核心汇总为全国汇总。有测评无效（OL401）时退出码为 1。"),
            "'tally' needs exactly one file: INPUT.csv (one row per mark: branch,ballot,candidate,grade[,criterion][,category]) or INPUT.bin (the binary ballot format).")
        {
            file, form, suggest, policy, roster, probationaryBallots, minimumCategoryBallots, format, culture, progress, export, assessment, summaryOnly, branchReports,
        };
        Option[] csvOnly = [form, roster, probationaryBallots, minimumCategoryBallots, export, assessment, summaryOnly];
        Option[] shared = [suggest, policy, format, culture, progress];
        command.SetAction(parse =>
        {
            var input = parse.GetRequiredValue(file);
            if (BinaryTallyCommand.IsBinary(input))
            {
                UsageErrors.RejectGiven(parse, "tally (binary input)", csvOnly, [.. shared, branchReports]);
                var binaryRule = PolicyExcellentCap.Apply(suggest.ValueIn(parse) ?? SuggestionRule.Default, null, policy.ValueIn(parse));
                return BinaryTallyCommand.Run(input, binaryRule, branchReports.ValueIn(parse), format.ValueIn(parse), Labels.For(culture.ValueIn(parse)), progress.ValueIn(parse).On, context);
            }

            UsageErrors.RejectGiven(parse, Name, [branchReports], [.. csvOnly, .. shared]);
            var ballotForm = FormOption.Read(parse.GetValue(form));
            var settings = new Settings(
                format.ValueIn(parse),
                Labels.For(culture.ValueIn(parse)),
                progress.ValueIn(parse).On,
                // Without --suggest, the form's own result rule (its "result" member) applies.
                new TallyEngine(
                    ballotForm,
                    PolicyExcellentCap.Apply(suggest.ValueIn(parse) ?? ballotForm.ResultRule ?? SuggestionRule.Default, ballotForm, policy.ValueIn(parse)),
                    parse.GetValue(roster) is { } rosterFile ? RosterBook.Read(rosterFile, probationaryBallots.ValueIn(parse).On) : null,
                    minimumCategoryBallots.ValueIn(parse)),
                parse.GetValue(export),
                parse.GetValue(assessment),
                summaryOnly.ValueIn(parse));
            return Run(input, settings, context, Environment.ProcessorCount);
        });
        return command;
    }

    /// <summary>
    /// Tallies the CSV file on <paramref name="workers"/> cores (1: the sequential reference), cut near
    /// <paramref name="wishedCuts"/> when given (the property's way to cut small files), else where
    /// <see cref="OrgLife.Tally.Formats.CsvParallelTally"/> chooses.
    /// </summary>
    internal static int Run(string file, Settings settings, CommandContext context, int workers, IReadOnlyList<long>? wishedCuts = null)
    {
        var (format, labels, progress, engine, export, assessmentId, summaryOnly) = settings;
        if (export is not null)
        {
            PartialFiles.RequireKnownKind(export, "--export");
        }

        RecordFiles.RequireExists(file);
        var assessment = PartialFiles.Assessment(assessmentId, Path.GetFileNameWithoutExtension(file));
        var partials = new List<PartialTally>();
        using var input = File.OpenRead(file);
        var source = Path.GetFileName(file);
        var summary = new TallySummary(engine.Rule);
        var meter = new ProgressMeter(context.Error, input, progress);
        try
        {
            void RowError(global::OrgLife.Tally.Formats.CsvRowError error)
            {
                meter.Finish();
                context.Fail(labels.Pick($"{file} line {error.LineNumber}: {error.Reason}; the row is skipped.", $"{file} 第 {error.LineNumber} 行：{error.MessageIn(labels.Culture)}；该行跳过。"));
                summary.RowSkipped();
            }

            // Both cores when the file allows (branches are independent): each branch rendered on its worker, into
            // that worker's writer and spool (the text is held as UTF-8 until every chunk is read).
            // JSON is serialized straight to UTF-8, ended by the line end its text writer would write.
            var lineEnd = System.Text.Encoding.UTF8.GetBytes(context.Out.NewLine);
            using var writers = new ThreadLocal<(StringWriter Text, ArrayBufferWriter<byte> Json, Utf8Spool Spool)>(
                () => (new StringWriter(CultureInfo.InvariantCulture), new ArrayBufferWriter<byte>(1 << 16), new Utf8Spool()));
            Func<BranchResult, Utf8Text>? render = summaryOnly ? null : result =>
            {
                var (text, json, spool) = writers.Value;
                if (format == OutputFormat.Json)
                {
                    json.ResetWrittenCount();
                    TallyJson.WriteReport(json, result.Output, source, labels.Culture);
                    return spool.Append(json.WrittenSpan, lineEnd);
                }

                var builder = text.GetStringBuilder().Clear();
                TallyTextWriter.Write(text, result, labels);
                text.WriteLine();
                return spool.Append(builder);
            };
            // Each worker rolls up its own branches (suggestions and all); the shares are added up once every chunk is read.
            using var shares = new ThreadLocal<TallySummary>(() => new TallySummary(engine.Rule, maxDegreeOfParallelism: 1), trackAllValues: true);
            var rendered = engine.TryRunParallel(() => File.OpenRead(file), render, branch => shares.Value!.Add(branch.Branch, branch.Tally), RowError, workers, wishedCuts, context.Cancellation);
            if (rendered is not null)
            {
                foreach (var share in shares.Values)
                {
                    summary.Add(share);
                }

                var decoded = new char[4096];
                var written = 0L;
                foreach (var branch in rendered)
                {
                    context.Cancellation.ThrowIfCancellationRequested();
                    if (export is not null)
                    {
                        partials.Add(new PartialTally(assessment, branch.Branch, [], branch.Tally));
                    }

                    branch.Output?.WriteTo(context.Out, ref decoded);
                    meter.Tick(++written);
                }
            }

            // Otherwise, or with a roster, streamed.
            var results = rendered is not null ? [] : engine.Run(
                input,
                () => File.OpenRead(file),
                RowError,
                notice =>
                {
                    context.Fail($"{file}: {notice}");
                    summary.BranchUncounted();
                });
            foreach (var result in results)
            {
                summary.Add(result.Branch, result.Tally, result.Report);
                context.Cancellation.ThrowIfCancellationRequested();
                if (export is not null)
                {
                    partials.Add(new PartialTally(assessment, result.Branch, result.Roster?.OrganizationPath ?? [], result.Tally));
                }
                if (summaryOnly)
                {
                    // --summary: the branches are counted into the summary, not printed.
                }
                else if (format == OutputFormat.Json)
                {
                    TallyJson.WriteReport(context.Out, result.Output, source, labels.Culture);
                }
                else
                {
                    TallyTextWriter.Write(context.Out, result, labels);
                    context.Out.WriteLine();
                }

                meter.Tick(summary.Branches);
            }
        }
        catch (InvalidDataException ex)
        {
            var why = global::OrgLife.Tally.Formats.TallyInputErrors.MessageIn(ex, labels.Culture);
            throw new BadInputException($"{file}: {why}");
        }
        finally
        {
            meter.Finish();
        }

        if (format == OutputFormat.Json)
        {
            TallyJson.WriteSummary(context.Out, summary, source);
        }
        else
        {
            TallyTextWriter.WriteSummary(context.Out, source, summary, labels);
        }

        if (export is not null)
        {
            PartialFiles.Write(export, partials, context.Cancellation);
        }

        if (summary.SkippedRows > 0)
        {
            context.Fail($"{file}: {summary.SkippedRows} row(s) skipped.");
        }

        return summary.SkippedRows > 0 || summary.UncountedBranches > 0 ? ExitCodes.BadInput
            : summary.VoidAssessments > 0 ? ExitCodes.ErrorsFound
            : ExitCodes.Success;
    }

    /// <summary>What a CSV tally was asked to do, from the options.</summary>
    internal sealed record Settings(OutputFormat Format, Labels Labels, bool Progress, TallyEngine Engine, string? Export, string? Assessment, bool SummaryOnly);
}
