namespace OrgLife.Cli.Commands;

/// <summary>The tool's help text: the commands that exist, their options and exit codes.</summary>
internal static class Usage
{
    public static string Text => $"""
        orglife — validates party branches' organizational-life meetings and democratic evaluations (OrgLife).

        Usage:
          orglife validate RECORD.json|RECORDS.jsonl [--policy PRESET] [--as-of DATE] [--culture zh-CN|en] [--format text|json]
          orglife rules [--format text|json] [--culture zh-CN|en]
          orglife demo [--culture zh-CN|en]

        Commands:
          validate   Validate one branch record (.json) or one record per line (.jsonl); prints findings per rule.
          rules      Print the rule catalogue.
          demo       Validate a built-in 23-member village branch and print a readable report.

        Options:
          --policy   A policy preset: {CommonOptions.PresetNames} (default national).
          --as-of    The validation date, yyyy-MM-dd (default: today in the branch's time zone, Asia/Shanghai if none).
          --culture  zh-CN for Simplified Chinese, en for English (default en).
          --format   text (default) or json (the shape is documented in docs/record-format.md).

        Exit codes: 0 no error finding, 1 error findings, 2 bad input or usage.
        The record format: docs/record-format.md and docs/record.schema.json.
        """;
}
