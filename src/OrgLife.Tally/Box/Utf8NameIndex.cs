using System.Buffers;
using System.Text;

namespace OrgLife.Tally.Box;

/// <summary>
/// The UTF-8 face of a <see cref="NameIndex"/>, for readers that resolve names without decoding them. It only ever
/// answers what the <see cref="NameIndex"/> would answer for the decoded key, or −1 ("look it up the general way"):
/// names match byte for byte (ordinal on valid UTF-8), codes only when they and the key are ASCII (then ASCII case
/// folding is exactly <see cref="StringComparison.OrdinalIgnoreCase"/>). Long lists decode the key and ask the
/// <see cref="NameIndex"/>. Built once per form or candidate list and shared (read-only, thread safe).
/// </summary>
internal sealed class Utf8NameIndex
{
    private const int ScanLimit = 8;
    private const int StackDecodeLimit = 256;

    private readonly byte[]?[] names;
    private readonly byte[][] codes;
    private readonly int firstValue;
    private readonly int longestKey;
    private readonly NameIndex byText;

    /// <summary>Indexes names (and optional codes) to <c>firstValue</c>, <c>firstValue + 1</c>, … like <paramref name="byText"/>.</summary>
    /// <param name="byText">The index over the same names, asked for long lists.</param>
    /// <param name="names">The names, in order.</param>
    /// <param name="codes">The codes, in order, or null.</param>
    /// <param name="firstValue">The value of the first name.</param>
    /// <param name="keysAreTrimmed">True when the general path trims white space off the key first: a name with white space at an end is then left to it.</param>
    internal Utf8NameIndex(NameIndex byText, IEnumerable<string> names, IEnumerable<string>? codes = null, int firstValue = 0, bool keysAreTrimmed = false)
    {
        this.byText = byText;
        this.firstValue = firstValue;
        this.names = [.. names.Select(n => keysAreTrimmed && HasEdgeWhiteSpace(n) ? null : Encoding.UTF8.GetBytes(n))];
        var codeList = codes?.ToArray() ?? [];
        this.codes = codeList.All(c => Ascii.IsValid(c) && !(keysAreTrimmed && HasEdgeWhiteSpace(c))) ? [.. codeList.Select(Encoding.ASCII.GetBytes)] : [];
        longestKey = this.names.Concat(this.codes).Select(n => n?.Length ?? 0).DefaultIfEmpty(0).Max();
    }

    /// <summary>The value of a name or code, or −1 when there is none or the general path must decide.</summary>
    internal int Find(ReadOnlySpan<byte> key)
    {
        if (key.Length > longestKey)
        {
            return -1;
        }

        if (names.Length > ScanLimit)
        {
            return FindByText(key);
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (names[i] is { } name && key.SequenceEqual(name))
            {
                return firstValue + i;
            }
        }

        for (var i = 0; i < codes.Length; i++)
        {
            if (Ascii.EqualsIgnoreCase(key, codes[i]))
            {
                return firstValue + i;
            }
        }

        return -1;
    }

    /// <summary>True when the name at <paramref name="value"/> is exactly <paramref name="key"/>: a cheap check of a predicted position.</summary>
    internal bool Is(int value, ReadOnlySpan<byte> key)
    {
        var index = value - firstValue;
        return (uint)index < (uint)names.Length && names[index] is { } name && key.SequenceEqual(name);
    }

    private static bool HasEdgeWhiteSpace(string text) => text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]));

    private int FindByText(ReadOnlySpan<byte> key)
    {
        // A key no longer than the longest name decodes to at most as many characters as it has bytes.
        char[]? rented = null;
        var scratch = key.Length <= StackDecodeLimit ? stackalloc char[StackDecodeLimit] : (rented = ArrayPool<char>.Shared.Rent(key.Length));
        var length = Encoding.UTF8.GetChars(key, scratch);
        var value = byText.Find(scratch[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return value;
    }
}
