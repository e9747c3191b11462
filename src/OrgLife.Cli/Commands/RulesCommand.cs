using System.CommandLine;
using System.Globalization;
using OrgLife.Cli.Output;
using OrgLife.Json.Output;
using OrgLife.Rules.Catalogue;

namespace OrgLife.Cli.Commands;

/// <summary><c>orglife rules</c>: the rule catalogue, as a table or as JSON with every message template.</summary>
internal static class RulesCommand
{
    public const string Name = "rules";

    /// <summary>The command and its options, bound to <see cref="Run"/>.</summary>
    public static Command Create(CommandContext context, Labels labels)
    {
        var format = CommonOptions.Format(labels, labels.Pick("every descriptor with its message templates", "每条规则的描述及其消息模板"));
        var culture = CommonOptions.Culture(labels);
        var command = new ToolCommand(Name, labels.Pick("Print the rule catalogue.", "打印规则目录。"), fileUsage: null) { format, culture };
        command.SetAction(parse => Run(format.ValueIn(parse), culture.ValueIn(parse), context));
        return command;
    }

    private static int Run(OutputFormat format, CultureInfo culture, CommandContext context)
    {
        var catalogue = RuleCatalogue.Default;
        if (format == OutputFormat.Json)
        {
            ReportJson.WriteCatalogue(context.Out, catalogue);
            return ExitCodes.Success;
        }

        var labels = Labels.For(culture);
        TextTable.Write(
            context.Out,
            [labels.Rule, labels.Name, labels.SeverityHeader, labels.EvaluatedByHeader, labels.Sources, labels.Summary],
            [.. catalogue.Descriptors.Select(d => (IReadOnlyList<string>)[d.Id.ToString(), labels.RuleName(d), labels.Severity(d.DefaultSeverity), labels.EvaluatedBy(d.EvaluatedBy), labels.SourceList(d.Sources), labels.RuleSummary(d)])]);
        return ExitCodes.Success;
    }
}
