using System.Collections.Immutable;
using OrgLife.Cli.Demo;
using OrgLife.Cli.Output;
using OrgLife.Members;

namespace OrgLife.Cli.Commands;

/// <summary>
/// <c>orglife demo</c>: the built-in village branch, introduced, then each <see cref="IDemoSection"/>
/// under its heading. Exit 0: the violations it shows are planted on purpose.
/// </summary>
internal static class DemoCommand
{
    public const string Name = "demo";

    /// <summary>The sections, in print order: the record's validation, then the same branch's ballot tally.</summary>
    public static ImmutableArray<IDemoSection> Sections { get; } = [new ValidationSection(), new TallySection()];

    public static int Run(Arguments arguments, CommandContext context)
    {
        arguments.AllowOnly(Name, "culture");
        if (!arguments.Positionals.IsEmpty)
        {
            throw new UsageException($"'demo' takes no file; found '{arguments.Positionals[0]}'.");
        }

        var culture = CommonOptions.Culture(arguments);
        var labels = Labels.For(culture);
        var record = DemoBranch.Record();
        WriteIntroduction(context.Out, record.Branch!, labels);
        foreach (var section in Sections)
        {
            context.Out.WriteLine();
            var heading = section.Heading(labels);
            context.Out.WriteLine(heading);
            context.Out.WriteLine(new string('=', DisplayWidth.Of(heading)));
            section.Write(context.Out, record, culture);
        }

        return ExitCodes.Success;
    }

    private static void WriteIntroduction(TextWriter writer, Branches.Branch branch, Labels labels)
    {
        var full = branch.Members.Count(m => m.Status == MembershipStatus.Full);
        var probationary = branch.Members.Length - full;
        writer.WriteLine(labels.Pick(
            $"OrgLife demo: {branch.Name}, a village branch of {branch.Members.Length} members ({full} full, {probationary} probationary), validated as of {DemoBranch.AsOf:uuuu-MM-dd}.",
            $"OrgLife 演示：{branch.Name}，村党支部，党员 {branch.Members.Length} 名（正式党员 {full} 名，预备党员 {probationary} 名），校验日期 {DemoBranch.AsOf:uuuu-MM-dd}。"));
        writer.WriteLine(labels.Pick(
            "Planted on purpose: 17 of 19 voting members due attended (quorum holds); the secretary talked with every member but one (m17);",
            "故意设置的问题：应到会有表决权党员 19 名、实到 17 名（达到法定人数）；书记与除 m17 外的每名党员谈心谈话；"));
        writer.WriteLine(labels.Pick(
            "8 of 20 full members determined Excellent (over 1/3); a probationary member (m21) graded; the report reached the superior 18 days after the meeting.",
            "20 名正式党员中评定优秀 8 名（超过三分之一）；预备党员 m21 被评定等次；会后 18 天才向上级报告。"));
        writer.WriteLine(labels.Pick(
            "Rules not yet in the catalogue report nothing; the sample data is complete for them.",
            "尚未收入规则目录的规则不会输出结果；样例数据已为其备齐。"));
    }
}
