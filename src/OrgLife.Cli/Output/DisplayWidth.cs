using System.Globalization;
using System.Text;

namespace OrgLife.Cli.Output;

/// <summary>
/// The number of terminal columns a text takes: East Asian wide and full-width characters (汉字,
/// full-width punctuation) take two, combining marks none, the rest one — so Chinese tables align.
/// </summary>
internal static class DisplayWidth
{
    /// <summary>The columns <paramref name="text"/> takes in a terminal.</summary>
    public static int Of(string text)
    {
        // Every ASCII character takes one column (none is a mark or a format character): most of a report's cells.
        if (System.Text.Ascii.IsValid(text))
        {
            return text.Length;
        }

        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += Of(rune);
        }

        return width;
    }

    /// <summary><paramref name="text"/> padded with spaces to <paramref name="columns"/> terminal columns.</summary>
    public static string PadRight(string text, int columns) => text + new string(' ', Math.Max(0, columns - Of(text)));

    private static int Of(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
        {
            return 0;
        }

        var value = rune.Value;
        var wide = value is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0x303E) or (>= 0x3041 and <= 0x33FF)
            or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xA000 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7A3)
            or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6)
            or (>= 0x20000 and <= 0x3FFFD);
        return wide ? 2 : 1;
    }
}
