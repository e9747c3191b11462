using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
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

    /// <summary>The command and its option, bound to <see cref="Run"/>.</summary>
    public static Command Create(CommandContext context, Labels labels)
    {
        var culture = CommonOptions.Culture(labels);
        var command = new ToolCommand(Name, labels.Pick(
            "Validate a built-in 23-member village branch, tally its ballots and print a readable report.",
            "校验内置的 23 名党员的村党支部，统计其测评票，并打印易读的报告。"), fileUsage: null)
        {
            culture,
        };
        command.SetAction(parse => Run(culture.ValueIn(parse), context));
        return command;
    }

    private static int Run(CultureInfo culture, CommandContext context)
    {
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
            "Planted on purpose: the secretary talked with every member but one (m17); 8 of 20 full members determined Excellent (over 1/3);",
            "故意设置的问题：书记与除 m17 外的每名党员谈心谈话；20 名正式党员中评定优秀 8 名（超过三分之一）；"));
        writer.WriteLine(labels.Pick(
            "a probationary member (m21) graded; the report reached the superior 18 days after the meeting (10 allowed).",
            "预备党员 m21 被评定等次；会后 18 天才向上级报告（应在 10 天内）。"));
        writer.WriteLine(labels.Pick(
            "Everything else is complete and in order: 17 of 19 voting members due attended (m17 and m19 on leave with written statements).",
            "其余资料齐全、符合规定：应到会有表决权党员 19 名、实到 17 名（m17、m19 请假并提交书面发言）。"));
        writer.WriteLine(labels.Pick(
            $"Ballots: 20 issued to those present; 20 returned, one a second copy of ballot {DemoBallots.DuplicateSerial} (OL402); one ballot ticks two grades for m05 (OL403).",
            $"测评票：向到会人员发出 20 张，收回 20 张，其中一张是 {DemoBallots.DuplicateSerial} 号票的重复（OL402）；一张票对 m05 勾选了两个等次（OL403）。"));
    }
}
