using OrgLife.Text;

namespace OrgLife.Ids;

/// <summary>Shared validation of the text behind strongly typed IDs.</summary>
internal static class IdText
{
    /// <summary>Returns <paramref name="value"/> when it is a usable ID, else throws naming the ID type.</summary>
    internal static string Validate(string? value, string idTypeName)
        => Problem(value, idTypeName) is { } problem ? throw new ArgumentException(problem, nameof(value)) : value!;

    /// <summary>Parses an ID for <see cref="IParsable{TSelf}.Parse(string, IFormatProvider?)"/>: a <see cref="FormatException"/> when the text is not one.</summary>
    internal static string Parse(string? value, string idTypeName)
        => Problem(value, idTypeName) is { } problem ? throw new FormatException(problem) : value!;

    /// <summary>Why <paramref name="value"/> is not a usable ID, or null when it is.</summary>
    internal static string? Problem(string? value, string idTypeName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"{idTypeName} must not be empty or white space.";
        }

        if (value.Length > 128)
        {
            return $"{idTypeName} '{PrintableText.Escape(value[..16])}…' is {value.Length} characters long; at most 128 are allowed.";
        }

        if (value.Trim().Length != value.Length)
        {
            return $"{idTypeName} '{PrintableText.Escape(value)}' must not start or end with white space.";
        }

        // An ID is shown in reports, calendars and logs: a control character there would be echoed raw or lost.
        if (PrintableText.IndexOfControl(value) is var at and >= 0)
        {
            return $"{idTypeName} '{PrintableText.Escape(value)}' holds the control character {PrintableText.Escape(value[at].ToString())} at position {at + 1}; IDs must be printable.";
        }

        return null;
    }
}
