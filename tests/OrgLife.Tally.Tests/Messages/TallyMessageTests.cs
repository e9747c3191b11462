using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Messages;

namespace OrgLife.Tally.Tests.Messages;

/// <summary>The tally's messages: both languages with the same placeholders, English as documented, Chinese on request, never a throw.</summary>
public sealed class TallyMessageTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    [Fact]
    public void Every_message_key_has_both_languages_with_the_same_placeholders()
    {
        Assert.Equal(TallyMessages.All.Count, TallyMessages.All.Select(t => t.Key).Distinct(StringComparer.Ordinal).Count());
        foreach (var template in TallyMessages.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(template.English), template.Key);
            Assert.False(string.IsNullOrWhiteSpace(template.Chinese), template.Key);
            Assert.Equal(
                TallyMessageTemplate.PlaceholdersOf(template.English).Order(StringComparer.Ordinal),
                TallyMessageTemplate.PlaceholdersOf(template.Chinese).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void A_void_mark_reads_as_before_in_English_and_in_Chinese_on_request()
    {
        var box = new BallotBox(BallotForms.FourGrades, TestForms.Candidates(2, 1), 10);
        var problem = Assert.Single(box.Submit(new Ballot("S1", null, [new Mark("m1", null, ["优秀", "合格"])])).VoidMarks);

        Assert.Equal("Candidate 'm1', criterion '总体评价': two levels marked ('优秀' and '合格'); this mark is void, the rest of the ballot stands.", problem.Message);
        Assert.Equal(problem.Message, problem.MessageIn(CultureInfo.GetCultureInfo("en")));
        Assert.Equal("候选人“m1”，测评项目“总体评价”：标记了两个等次（“优秀”和“合格”）；此标记作废，选票其余部分有效。", problem.MessageIn(Chinese));
    }

    [Fact]
    public void A_rejected_ballot_reads_as_before_in_English_and_in_Chinese_on_request()
    {
        var box = new BallotBox(BallotForms.FourGrades, TestForms.Candidates(2, 1), 10);
        box.Submit(new Ballot("S1", null, [Mark.Of("m1", null, "优秀")]));
        var rejection = box.Submit(new Ballot("S1", null, [Mark.Of("m1", null, "优秀")])).Rejection!;

        Assert.Equal("Ballot field 'serial': a ballot with this serial was already accepted; the ballot is rejected and not counted.", rejection.Message);
        Assert.Equal("选票字段“serial”：同一编号的选票已经收录（一人一票）；该票拒收，不予计票。", rejection.MessageIn(Chinese));
        Assert.Equal(rejection.Text, box.Submit(new Ballot("S1", null, [])).Rejection!.Text);
    }

    [Property(MaxTest = 300)]
    public Property Rendering_never_throws_for_arbitrary_arguments()
    {
        var keys = Gen.Elements(TallyMessages.All.Select(t => t.Key).Append("No.Such.Key").ToArray());
        var text = ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty);
        var cultures = Gen.Elements("zh-CN", "zh-TW", "en", "fr-FR", string.Empty).Select(CultureInfo.GetCultureInfo);
        var cases = from key in keys
                    from values in Gen.ArrayOf(text)
                    from nested in ArbMap.Default.GeneratorFor<bool>()
                    from culture in cultures
                    select (key, values, nested, culture);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var names = TallyMessages.Find(c.key) is { } template ? TallyMessageTemplate.PlaceholdersOf(template.English) : ["x"];
            var arguments = names.Select((name, i) => (name, c.nested && i == 0
                ? (object)new TallyMessage("Mark.UnknownLevel", ("choice", c.values.ElementAtOrDefault(i) ?? "{choice}"))
                : c.values.ElementAtOrDefault(i) ?? "{" + name + "}")).ToArray();
            var message = new TallyMessage(c.key, arguments);
            var rendered = message.In(c.culture);
            // Empty only when the template is a bare placeholder given empty text (Binary.Given, a caller's own reason).
            var emptyAllowed = arguments.All(a => a.Item2 is string { Length: 0 });
            return (rendered.Length > 0 || emptyAllowed) && message.ToString() == message.In(CultureInfo.InvariantCulture) && message.Equals(new TallyMessage(c.key, arguments));
        });
    }
}
