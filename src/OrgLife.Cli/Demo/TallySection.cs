using System.Globalization;
using System.Text;
using OrgLife.Json.Output;
using OrgLife.Cli.Output;
using OrgLife.Cli.Tally;
using OrgLife.Records;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Reports;

namespace OrgLife.Cli.Demo;

/// <summary>
/// The demo's ballot tally: <see cref="DemoBallots"/> read through the same path as <c>orglife tally --roster</c>
/// (the CSV reader, the roster's candidates, the members present as the ballots issued), printed as a report.
/// </summary>
internal sealed class TallySection : IDemoSection
{
    public string Heading(Labels labels) => labels.Pick("Democratic assessment ballots (民主测评)", "民主测评计票");

    public void Write(TextWriter writer, BranchRecord record, CultureInfo culture)
    {
        var labels = Labels.For(culture);
        var csv = Encoding.UTF8.GetBytes(DemoBallots.Csv(record));
        var engine = new TallyEngine(BallotForms.FourGrades, SuggestionRule.Default, RosterBook.Of([record]));
        var summary = new TallySummary(engine.Rule);
        using var input = new MemoryStream(csv, writable: false);
        foreach (var result in engine.Run(input, () => new MemoryStream(csv, writable: false), _ => summary.RowSkipped(), _ => summary.BranchUncounted()))
        {
            summary.Add(result.Branch, result.Tally, result.Report);
            TallyTextWriter.Write(writer, result, labels);
        }

        writer.WriteLine();
        TallyTextWriter.WriteCapBreaches(writer, summary.ToRollUp(), labels);
    }
}
