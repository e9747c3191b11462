using NodaTime;

namespace OrgLife.Json.Converters;

/// <summary>
/// The dates a record may hold: years 1900 to 2200. The library takes any date, but a record dated outside these
/// years is a typing error (a year 0026, 20260, 9999), and the reader names it rather than validating a fiction.
/// </summary>
internal static class SupportedDates
{
    /// <summary>The first supported date.</summary>
    public static LocalDate First { get; } = new(1900, 1, 1);

    /// <summary>The last supported date.</summary>
    public static LocalDate Last { get; } = new(2200, 12, 31);

    /// <summary>The range as text for messages: <c>1900-01-01 to 2200-12-31</c>.</summary>
    public const string Range = "1900-01-01 to 2200-12-31";

    /// <summary>True when <paramref name="date"/> is within the supported years.</summary>
    public static bool Contains(LocalDate date) => date >= First && date <= Last;
}
