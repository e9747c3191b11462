using OrgLife.Text;

namespace OrgLife.Ids;

/// <summary>Shared validation of the text behind strongly typed IDs.</summary>
internal static class IdText
{
    /// <summary>Returns <paramref name="value"/> when it is a usable ID, else throws naming the ID type.</summary>
    internal static string Validate(string? value, string idTypeName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{idTypeName} must not be empty or white space.", nameof(value));
        }

        if (value.Length > 128)
        {
            throw new ArgumentException($"{idTypeName} '{PrintableText.Escape(value[..16])}…' is {value.Length} characters long; at most 128 are allowed.", nameof(value));
        }

        if (value.Trim().Length != value.Length)
        {
            throw new ArgumentException($"{idTypeName} '{PrintableText.Escape(value)}' must not start or end with white space.", nameof(value));
        }

        // An ID is shown in reports, calendars and logs: a control character there would be echoed raw or lost.
        if (PrintableText.IndexOfControl(value) is var at and >= 0)
        {
            throw new ArgumentException($"{idTypeName} '{PrintableText.Escape(value)}' holds the control character {PrintableText.Escape(value[at].ToString())} at position {at + 1}; IDs must be printable.", nameof(value));
        }

        return value;
    }
}
