using System.Globalization;
using System.Text;

namespace OrgLife.Text;

/// <summary>
/// Text from a record made safe to show: every control character (C0, DEL, C1) and the line and paragraph
/// separators U+2028/U+2029 become a visible escape such as <c>\u0007</c>, so a message never carries a raw
/// bell, escape sequence or line break from the input to a terminal, a log or a web page.
/// </summary>
public static class PrintableText
{
    /// <summary>True when <paramref name="c"/> is shown escaped: a control character or a line or paragraph separator.</summary>
    /// <param name="c">The character.</param>
    public static bool NeedsEscape(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

    /// <summary>The index of the first character of <paramref name="text"/> that needs escaping, or −1.</summary>
    /// <param name="text">The text.</param>
    public static int IndexOfControl(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (NeedsEscape(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary><paramref name="text"/> with each character that needs escaping written as <c>\uXXXX</c>; the same string when none does.</summary>
    /// <param name="text">The text.</param>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = IndexOfControl(text);
        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        escaped.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (NeedsEscape(c))
            {
                escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }
}
