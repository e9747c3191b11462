using OrgLife.Cli.Output;
using OrgLife.Json.Output;
using OrgLife.Rules.Catalogue;

namespace OrgLife.Cli.Commands;

/// <summary><c>orglife rules</c>: the rule catalogue, as a table or as JSON with every message template.</summary>
internal static class RulesCommand
{
    public const string Name = "rules";

    public static int Run(Arguments arguments, CommandContext context)
    {
        arguments.AllowOnly(Name, "format", "culture");
        if (!arguments.Positionals.IsEmpty)
        {
            throw new UsageException($"'rules' takes no file; found '{arguments.Positionals[0]}'.");
        }

        var catalogue = RuleCatalogue.Default;
        if (CommonOptions.Format(arguments) == OutputFormat.Json)
        {
            ReportJson.WriteCatalogue(context.Out, catalogue);
            return ExitCodes.Success;
        }

        var labels = Labels.For(CommonOptions.Culture(arguments));
        TextTable.Write(
            context.Out,
            [labels.Rule, labels.Name, labels.SeverityHeader, labels.EvaluatedByHeader, labels.Sources, labels.Summary],
            [.. catalogue.Descriptors.Select(d => (IReadOnlyList<string>)[d.Id.ToString(), labels.RuleName(d), labels.Severity(d.DefaultSeverity), labels.EvaluatedBy(d.EvaluatedBy), labels.SourceList(d.Sources), labels.RuleSummary(d)])]);
        return ExitCodes.Success;
    }
}
