using System.Globalization;
using OrgLife.Cli.Output;
using OrgLife.Records;
using OrgLife.Rules;
using OrgLife.Rules.Policies;

namespace OrgLife.Cli.Demo;

/// <summary>The demo's validation: the sample record under the national policy, as of <see cref="DemoBranch.AsOf"/>.</summary>
internal sealed class ValidationSection : IDemoSection
{
    public string Heading(Labels labels) => labels.Pick("Validation (national policy)", "规则校验（全国默认政策）");

    public void Write(TextWriter writer, BranchRecord record, CultureInfo culture)
    {
        var report = new OrgLifeValidator().Validate(record, PolicyPresets.National, DemoBranch.AsOf, culture);
        ReportTextWriter.Write(writer, report, "demo", Labels.For(culture));
    }
}
