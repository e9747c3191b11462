using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using OrgLife.Rules;
using OrgLife.Rules.Policies;

namespace OrgLife.Json.Tests;

/// <summary>Reports compare by value, and a report renders again in another language exactly as if validated in it.</summary>
public sealed class ReportValueTests
{
    private static readonly OrgLifeValidator Validator = new();
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static ValidationReport Demo(OrgLifePolicy policy, LocalDate asOf, CultureInfo culture)
        => Validator.Validate(RecordReader.Read(SampleRecords.DemoBytes).Record!, policy, asOf, culture);

    [Fact]
    public void Two_validations_of_the_same_record_are_equal_reports()
    {
        var first = Demo(PolicyPresets.Collection, new LocalDate(2027, 1, 10), English);
        var second = Demo(PolicyPresets.Collection, new LocalDate(2027, 1, 10), English);

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, Demo(PolicyPresets.Collection, new LocalDate(2027, 1, 10), Chinese));
        Assert.NotEqual(first, Demo(PolicyPresets.National, new LocalDate(2027, 1, 10), English));
    }

    [Fact]
    public void A_report_rendered_again_in_another_language_equals_the_report_validated_in_it()
    {
        var policies = Gen.Elements(PolicyPresets.All.ToArray());
        var dates = Gen.Choose(0, 800).Select(d => new LocalDate(2026, 6, 1).PlusDays(d));
        Prop.ForAll(
            (from policy in policies from asOf in dates select (policy, asOf)).ToArbitrary(),
            pair =>
            {
                var chinese = Demo(pair.policy, pair.asOf, Chinese);
                var english = Demo(pair.policy, pair.asOf, English);
                return chinese.In(English).Equals(english) && english.In(Chinese).Equals(chinese);
            }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void One_finding_renders_in_another_language_through_its_report()
    {
        var chinese = Demo(PolicyPresets.Collection, new LocalDate(2027, 1, 10), Chinese);
        var english = Demo(PolicyPresets.Collection, new LocalDate(2027, 1, 10), English);

        Assert.NotEmpty(chinese.Findings);
        Assert.Equal(english.Findings.Select(f => f.Message), chinese.Findings.Select(f => chinese.MessageIn(f, English)));
        Assert.Throws<ArgumentException>(() => chinese.MessageIn(english.Findings[0], Chinese));
    }
}
