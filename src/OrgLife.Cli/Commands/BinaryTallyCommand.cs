using System.Collections.Immutable;
using System.Globalization;
using OrgLife.Cli.Input;
using OrgLife.Json;
using OrgLife.Cli.Output;
using OrgLife.Json.Output;
using OrgLife.Cli.Progress;
using OrgLife.Cli.Tally;
using OrgLife.Ids;
using OrgLife.Tally.Formats.Binary;
using OrgLife.Tally.Reports;

namespace OrgLife.Cli.Commands;

/// <summary>
/// <c>orglife tally INPUT.bin</c>: rolls a binary ballot file (docs/tally-binary-format.md) up with every core through
/// <see cref="BinaryBallotTally.RollUp"/> and prints the national summary; <c>--branch-reports</c> also prints each
/// branch's report, as the workers finish them (not in file order). Corrupt blocks whose length is known are skipped,
/// named on stderr by byte offset and counted; any other format error stops the run with its offset and field. Exit 0,
/// 1 when an assessment is void (OL401), 2 when the file cannot be read or blocks were skipped.
/// </summary>
internal static class BinaryTallyCommand
{
    /// <summary>Branches over the Excellent cap listed in the summary; the rest are counted.</summary>
    public const int BreachesListed = 20;

    /// <summary>A binary ballot file: named <c>*.bin</c>, or starting with the magic <c>OLBALLOT</c> whatever its name.</summary>
    public static bool IsBinary(string file)
    {
        if (string.Equals(Path.GetExtension(file), ".bin", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        try
        {
            using var stream = File.OpenRead(file);
            Span<byte> magic = stackalloc byte[8];
            return stream.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false) == magic.Length && magic.SequenceEqual(BallotFileLayout.FileMagic);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false; // the CSV path names the file and the reason
        }
    }

    /// <summary>Tallies <paramref name="file"/> with the options <see cref="TallyCommand"/> read.</summary>
    public static int Run(string file, SuggestionRule rule, bool branchReports, OutputFormat format, Labels labels, bool progress, CommandContext context)
    {
        RecordFiles.RequireExists(file);
        var source = Path.GetFileName(file);

        BinaryRollUp result;
        using (var input = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan))
        using (var counted = new CountingStream(input))
        using (new TimedProgress(context.Error, progress, () => $"orglife tally: {Share.Of(counted.Bytes, input.Length)}"))
        {
            try
            {
                // Without progress the file itself goes in, read at positions by every worker; progress needs the
                // counting stream, read in order.
                result = BinaryBallotTally.RollUp(
                    progress ? counted : input,
                    rule,
                    _ => ImmutableArray<string>.Empty,
                    BallotReadOptions.Default with { SkipCorruptBlocks = true },
                    onBranch: branchReports ? BranchPrinter(context.Out, format, labels, source) : null);
            }
            catch (BallotFormatException ex)
            {
                throw new BadInputException($"{file}: {ex.MessageIn(labels.Culture)}");
            }
            catch (ArgumentException ex)
            {
                // The default form has no criterion of this many levels, or a block does not fit it.
                throw new BadInputException($"{file}: {ex.Message.Replace($" (Parameter '{ex.ParamName}')", string.Empty, StringComparison.Ordinal)}");
            }
        }

        if (format == OutputFormat.Json)
        {
            TallyJson.WriteBinarySummary(context.Out, result, source, BreachesListed);
        }
        else
        {
            TallyTextWriter.WriteBinarySummary(context.Out, source, result, labels, BreachesListed);
        }

        var totals = result.Totals;
        foreach (var skipped in totals.SkippedBlocks)
        {
            context.Fail(labels.Pick(
                string.Create(CultureInfo.InvariantCulture, $"{file} byte {skipped.Offset}, field '{skipped.Field}': {skipped.Reason}; the block is skipped."),
                string.Create(CultureInfo.InvariantCulture, $"{file} 第 {skipped.Offset} 字节，字段“{skipped.Field}”：{skipped.MessageIn(labels.Culture)}；该块跳过。")));
        }

        if (totals.SkippedBlockCount > 0)
        {
            context.Fail(string.Create(CultureInfo.InvariantCulture, $"{file}: {totals.SkippedBlockCount} corrupt block(s) skipped{(totals.SkippedBlockCount > totals.SkippedBlocks.Length ? $", the first {totals.SkippedBlocks.Length} listed" : string.Empty)}."));
        }

        return totals.SkippedBlockCount > 0 ? ExitCodes.BadInput
            : result.RollUp.Total.VoidAssessments > 0 ? ExitCodes.ErrorsFound
            : ExitCodes.Success;
    }

    /// <summary>Prints each branch's report as a worker finishes it: formatted on the worker, written whole under a lock.</summary>
    private static Action<BinaryBranchReport> BranchPrinter(TextWriter output, OutputFormat format, Labels labels, string source)
    {
        var gate = new Lock();
        return branch =>
        {
            var result = new BranchResult(new BranchId(branch.BranchId.ToString(CultureInfo.InvariantCulture)), branch.Tally, branch.Report, Roster: null, FromBinary: true);
            using var text = new StringWriter(CultureInfo.InvariantCulture);
            if (format == OutputFormat.Json)
            {
                TallyJson.WriteReport(text, result.Output, source, labels.Culture);
            }
            else
            {
                TallyTextWriter.Write(text, result, labels);
                text.WriteLine();
            }

            lock (gate)
            {
                output.Write(text.ToString());
            }
        };
    }
}
