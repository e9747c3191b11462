using OrgLife.Cli.Input;
using OrgLife.Json;
using OrgLife.Cli.Output;
using OrgLife.Json.Output;
using OrgLife.Cli.Partials;
using OrgLife.Cli.Tally;
using OrgLife.Partials;

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

    public static int Run(Arguments arguments, CommandContext context)
    {
        if (arguments.Positionals.Length == 1 && BinaryTallyCommand.IsBinary(arguments.Positionals[0]))
        {
            return BinaryTallyCommand.Run(arguments.Positionals[0], arguments, context);
        }

        arguments.AllowOnly(Name, "form", "suggest", "policy", "roster", "probationary-ballots", "min-category-ballots", "format", "culture", "progress", "export", "assessment", "summary");
        if (arguments.Positionals.Length != 1)
        {
            throw new UsageException("'tally' needs exactly one file: INPUT.csv (one row per mark: branch,ballot,candidate,grade[,criterion][,category]) or INPUT.bin (the binary ballot format).");
        }

        var file = arguments.Positionals[0];
        var format = CommonOptions.Format(arguments);
        var labels = Labels.For(CommonOptions.Culture(arguments));
        var progress = CommonOptions.Progress(arguments, context);
        var summaryOnly = arguments.Flag("summary");
        var probationaryBallots = arguments.Option("probationary-ballots") switch
        {
            null or "yes" => true,
            "no" => false,
            var other => throw new UsageException($"--probationary-ballots takes yes (the default: probationary members present receive a ballot) or no, not '{other}'."),
        };
        var minimumCategoryBallots = arguments.Option("min-category-ballots") is not { } k ? BranchResult.DefaultMinimumCategoryBallots
            : int.TryParse(k, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) && parsed is >= 1 and <= 1_000_000 ? parsed
            : throw new UsageException($"--min-category-ballots takes a whole number from 1 to 1000000 (default {BranchResult.DefaultMinimumCategoryBallots}), not '{k}'.");
        var form = FormOption.Read(arguments);
        // Without --suggest, the form's own result rule (its "result" member) applies.
        var rule = arguments.Option("suggest") is null && form.ResultRule is { } own ? own : SuggestOption.Read(arguments);
        rule = PolicyExcellentCap.Apply(rule, form, CommonOptions.Policy(arguments));
        var engine = new TallyEngine(
            form,
            rule,
            arguments.Option("roster") is { } roster ? RosterBook.Read(roster, probationaryBallots) : null,
            minimumCategoryBallots);
        var export = arguments.Option("export");
        if (export is not null)
        {
            PartialFiles.RequireKnownKind(export, "--export");
        }

        RecordFiles.RequireExists(file);
        var assessment = PartialFiles.Assessment(arguments, Path.GetFileNameWithoutExtension(file));
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
                context.Fail($"{file} line {error.LineNumber}: {error.Reason}; the row is skipped.");
                summary.RowSkipped();
            }

            // Both cores when the file allows (branches are independent): each branch rendered on its worker.
            Func<BranchResult, string>? render = summaryOnly ? null : result =>
            {
                using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
                if (format == OutputFormat.Json)
                {
                    TallyJson.WriteReport(text, result.Output, source);
                }
                else
                {
                    TallyTextWriter.Write(text, result, labels);
                    text.WriteLine();
                }

                return text.ToString();
            };
            var rendered = engine.TryRunParallel(() => File.OpenRead(file), render, RowError, Environment.ProcessorCount, context.Cancellation);
            if (rendered is not null)
            {
                foreach (var branch in rendered)
                {
                    summary.Add(branch.Branch, branch.Tally);
                    context.Cancellation.ThrowIfCancellationRequested();
                    if (export is not null)
                    {
                        partials.Add(new PartialTally(assessment, branch.Branch, [], branch.Tally));
                    }

                    context.Out.Write(branch.Output);
                    meter.Tick(summary.Branches);
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
                    TallyJson.WriteReport(context.Out, result.Output, source);
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
            throw new BadInputException($"{file}: {ex.Message}");
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
}
