using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using OrgLife.Rules.Scheduling;

namespace OrgLife.Rules.Tests.Scheduling;

/// <summary>OL505's date order key orders any two ISO dates as NodaTime does (and as the day number does), the calendar's ends included.</summary>
public sealed class DateOrderKeyProperties
{
    [Fact]
    public void The_order_key_orders_dates_as_the_dates_are_ordered()
    {
        var first = LocalDate.MinIsoValue;
        var span = Period.Between(first, LocalDate.MaxIsoValue, PeriodUnits.Days).Days;
        var anywhere = Gen.Choose(0, span).Select(d => first.PlusDays(d));
        var near = from date in Gen.Choose(0, span - 800).Select(d => first.PlusDays(d))
                   from days in Gen.Choose(0, 800)
                   select (date, date.PlusDays(days));
        var ends = Gen.Elements(LocalDate.MinIsoValue, LocalDate.MaxIsoValue, new LocalDate(0, 2, 29), new LocalDate(-1, 12, 31), new LocalDate(1, 1, 1));
        var pairs = Gen.Frequency((2, Gen.Zip(anywhere, anywhere)), (3, near), (1, Gen.Zip(ends, Gen.Frequency((1, ends), (1, anywhere)))));
        Prop.ForAll(pairs.ToArbitrary(), p =>
            Math.Sign(DueDates.OrderKey(p.Item1).CompareTo(DueDates.OrderKey(p.Item2))) == Math.Sign(p.Item1.CompareTo(p.Item2))
            && Math.Sign(DueDates.OrderKey(p.Item1).CompareTo(DueDates.OrderKey(p.Item2))) == Math.Sign(DueDates.DayNumber(p.Item1).CompareTo(DueDates.DayNumber(p.Item2))))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(1000));
    }
}
