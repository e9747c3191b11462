using System.Globalization;
using OrgLife.Cli.Output;
using OrgLife.Records;
using OrgLife.Rules;
using OrgLife.Rules.Policies;

namespace OrgLife.Cli.Demo;

/// <summary>
/// The demo's validation: the sample record under the Collection preset (《组织生活会程序》), the document its planted report
/// deadline comes from (会后十天内; the national default sets none), as of <see cref="DemoBranch.AsOf"/>.
/// </summary>
internal sealed class ValidationSection : IDemoSection
{
    public string Heading(Labels labels) => labels.Pick("Validation (collection policy: 《组织生活会程序》)", "规则校验（《组织生活会程序》政策）");

    public void Write(TextWriter writer, BranchRecord record, CultureInfo culture)
    {
        var report = new OrgLifeValidator().Validate(record, PolicyPresets.Collection, DemoBranch.AsOf, culture);
        ReportTextWriter.Write(writer, report, "demo", Labels.For(culture));
    }
}
