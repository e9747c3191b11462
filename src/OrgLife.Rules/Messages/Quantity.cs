namespace OrgLife.Rules.Messages;

/// <summary>
/// A count with its unit inside a message, so English agrees in number ("1 day", "2 days") while the Chinese
/// template keeps its own measure word (the Chinese rendering is the bare number). Its invariant text is the number.
/// </summary>
/// <param name="Count">The number.</param>
/// <param name="Singular">The English unit for a count of one, for example <c>day</c>.</param>
/// <param name="Plural">The English unit for any other count, for example <c>days</c>.</param>
internal readonly record struct Quantity(long Count, string Singular, string Plural)
{
    /// <summary>Calendar days.</summary>
    public static Quantity Days(long count) => new(count, "day", "days");

    /// <summary>Months.</summary>
    public static Quantity Months(long count) => new(count, "month", "months");

    /// <summary>Minutes.</summary>
    public static Quantity Minutes(long count) => new(count, "minute", "minutes");

    /// <summary>The text in <paramref name="language"/>: "1 day" in English, "1" in Chinese.</summary>
    public string In(MessageLanguage language)
        => language == MessageLanguage.SimplifiedChinese ? Number : $"{Number} {(Count == 1 ? Singular : Plural)}";

    /// <summary>The number alone, invariant.</summary>
    public override string ToString() => Number;

    private string Number => Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
