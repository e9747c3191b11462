using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using OrgLife.Cli.Output;

namespace OrgLife.Cli.Commands;

/// <summary>
/// Help as System.CommandLine writes it, and after the root's help one line per way to run the tool and the exit
/// codes (what a reader of the old hand-written usage text relied on).
/// </summary>
/// <param name="standard">System.CommandLine's help action.</param>
/// <param name="root">The root command: only its help gets the additions.</param>
/// <param name="labels">The language of the additions.</param>
internal sealed class ToolHelpAction(HelpAction standard, RootCommand root, Labels labels) : SynchronousCommandLineAction
{
    /// <summary>Writes the help of the command parsed, then the additions when it is the root.</summary>
    public override int Invoke(ParseResult parseResult)
    {
        var exit = standard.Invoke(parseResult);
        if (parseResult.CommandResult.Command != root)
        {
            return exit;
        }

        var output = parseResult.InvocationConfiguration.Output;
        output.WriteLine(labels.Pick("Command lines:", "命令行："));
        foreach (var line in (string[])[
            "validate RECORD.json|RECORDS.jsonl|- [--lines] [--policy PRESET|FILE] [--as-of DATE] [--culture zh-CN|en] [--format text|json]",
            "tally INPUT.csv [--form FORM] [--suggest RULE] [--policy PRESET|FILE] [--roster RECORDS] [--export FILE] [--summary] [--format text|json] [options]",
            "tally INPUT.bin [--branch-reports] [--suggest RULE] [--policy PRESET|FILE] [--format text|json] [--culture zh-CN|en] [--progress WHEN]",
            "store PARTIALS.parquet|PARTIALS.json ... [--store FILE.duckdb | --postgres CONNECTION|env:NAME] [--schema NAME]",
            "rollup --assessment ID [--level LEVEL] [FILES.parquet ...] [--store FILE.duckdb | --postgres CONNECTION|env:NAME] [--format text|json]",
            "generate OUTPUT.bin [--branches N] [--criteria 1|6] [--seed S] [--serials] [--probationary-share X]",
            "schedule RECORD.json|- [--policy PRESET|FILE] [--as-of DATE] [--culture zh-CN|en] [--format text|json] [--ics FILE]",
            "rules [--format text|json] [--culture zh-CN|en]",
            "demo [--culture zh-CN|en]",
            "help [COMMAND]   (or: orglife COMMAND --help)",
            "--version"])
        {
            output.WriteLine($"  {ToolCommandLine.ToolName} {line}");
        }

        output.WriteLine();
        output.WriteLine(labels.Pick(
            """
            Exit codes: 0 done, no error finding; 1 error findings (validate), an overdue step (schedule), a void assessment (tally, rollup);
            2 bad input (the file, JSON path, CSV line or binary byte offset is named), rows or corrupt blocks skipped, or bad usage;
            130 stopped by Ctrl+C.
            The record format: docs/record-format.md and docs/record.schema.json; JSON output: docs/cli-output.md.
            """,
            """
            退出码：0 完成，无错误级问题；1 有错误级问题（validate）、有逾期未办事项（schedule）、有无效测评（tally、rollup）；
            2 输入有误（会指明文件、JSON 路径、CSV 行或二进制字节偏移）、有跳过的行或损坏的数据块，或用法有误；
            130 被 Ctrl+C 中止。
            记录格式：docs/record-format.md 与 docs/record.schema.json；JSON 输出：docs/cli-output.md。
            """));
        return exit;
    }
}
