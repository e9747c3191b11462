using System.Globalization;
using OrgLife.Cli.Output;
using OrgLife.Records;

namespace OrgLife.Cli.Demo;

/// <summary>
/// One part of <c>orglife demo</c>, printed under its own heading. The validation is one section;
/// the ballot tally of the same branch is another, added when the tally library has a ballot box.
/// </summary>
internal interface IDemoSection
{
    /// <summary>The section's heading.</summary>
    string Heading(Labels labels);

    /// <summary>Writes the section for <paramref name="record"/>.</summary>
    void Write(TextWriter writer, BranchRecord record, CultureInfo culture);
}
