using System.Buffers;
using System.Text;

namespace OrgLife.Tally.Box;

/// <summary>
/// The UTF-8 face of a <see cref="NameIndex"/>, for readers that resolve names without decoding them. It only ever
/// answers what the <see cref="NameIndex"/> would answer for the decoded key, or −1 ("look it up the general way"),
/// and it answers only for a key that is valid UTF-8 without U+FFFD (a hit proves the key clean):
/// names match byte for byte (ordinal on valid UTF-8), codes only when they and the key are ASCII (then ASCII case
/// folding is exactly <see cref="StringComparison.OrdinalIgnoreCase"/>). Long lists decode the key and ask the
/// <see cref="NameIndex"/>. Built once per form or candidate list and shared (read-only, thread safe).
/// </summary>
internal sealed class Utf8NameIndex
{
    private const int ScanLimit = 8;
    private const int StackDecodeLimit = 256;

    private readonly byte[]?[] names;
    private readonly ShortKey[] nameKeys;
    private readonly byte[][] codes;
    private readonly ShortKey[] loweredCodeKeys;

    // Short lists are found through open-addressing tables of 16 slots keyed by ShortKey.Slot16: each holds an
    // index + 1 into names (or codes), 0 when empty. One probe usually decides, with no loop whose exit depends on
    // which name it is.
    private readonly byte[] nameSlots = new byte[16];
    private readonly byte[] codeSlots = new byte[16];
    private readonly int firstValue;
    private readonly int longestKey;
    private readonly NameIndex byText;

    /// <summary>Indexes names (and optional codes) to <c>firstValue</c>, <c>firstValue + 1</c>, … like <paramref name="byText"/>.</summary>
    /// <param name="byText">The index over the same names, asked for long lists.</param>
    /// <param name="names">The names, in order.</param>
    /// <param name="codes">The codes, in order, or null.</param>
    /// <param name="firstValue">The value of the first name.</param>
    internal Utf8NameIndex(NameIndex byText, IEnumerable<string> names, IEnumerable<string>? codes = null, int firstValue = 0)
    {
        this.byText = byText;
        this.firstValue = firstValue;
        // A name the general path would treat otherwise is left to it: one with U+FFFD (its rows are skipped as badly encoded).
        this.names = [.. names.Select(n => n.Contains('\uFFFD', StringComparison.Ordinal) ? null : Encoding.UTF8.GetBytes(n))];
        var codeList = codes?.ToArray() ?? [];
        this.codes = codeList.All(c => Ascii.IsValid(c)) ? [.. codeList.Select(Encoding.ASCII.GetBytes)] : [];
        nameKeys = [.. this.names.Select(n => n is null ? ShortKey.None : ShortKey.Of(n))];
        loweredCodeKeys = [.. this.codes.Select(c => ShortKey.Of(c).AsciiLowered())];
        if (this.names.Length <= ScanLimit)
        {
            for (var i = 0; i < this.names.Length; i++)
            {
                // A repeated name or code could never be found first; the general path finds the earlier one too.
                if (this.names[i] is not null && Find(this.names[i], nameKeys[i], exact: true) < 0)
                {
                    Insert(nameSlots, nameKeys[i], i);
                }
            }

            for (var i = 0; i < this.codes.Length; i++)
            {
                if (Find(this.codes[i], loweredCodeKeys[i], exact: false) < 0)
                {
                    Insert(codeSlots, loweredCodeKeys[i], i);
                }
            }
        }

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

        var shortKey = ShortKey.Of(key);
        var index = Find(key, shortKey, exact: true);
        if (index < 0 && codes.Length > 0)
        {
            index = Find(key, shortKey.AsciiLowered(), exact: false);
        }

        return index < 0 ? -1 : firstValue + index;
    }

    /// <summary>True when the name at <paramref name="value"/> is exactly <paramref name="key"/>: a cheap check of a predicted position.</summary>
    internal bool Is(int value, ReadOnlySpan<byte> key)
    {
        var index = value - firstValue;
        return (uint)index < (uint)names.Length && nameKeys[index].Matches(key, names[index]);
    }

    private static void Insert(byte[] slots, ShortKey key, int index)
    {
        var slot = key.Slot16();
        while (slots[slot] != 0)
        {
            slot = (slot + 1) & 15;
        }

        slots[slot] = (byte)(index + 1);
    }

    // The index of the name (exact) or code (ignoring ASCII case) in the table, or −1.
    private int Find(ReadOnlySpan<byte> key, ShortKey tableKey, bool exact)
    {
        var slots = exact ? nameSlots : codeSlots;
        var keys = exact ? nameKeys : loweredCodeKeys;
        var slot = tableKey.Slot16();
        for (var probes = 0; probes < 16 && slots[slot] != 0; probes++)
        {
            var index = slots[slot] - 1;
            if (keys[index].Is(tableKey) && (tableKey.IsShort || (exact ? key.SequenceEqual(names[index]) : Ascii.EqualsIgnoreCase(key, codes[index]))))
            {
                return index;
            }

            slot = (slot + 1) & 15;
        }

        return -1;
    }

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

        return value >= 0 && names[value - firstValue] is not null ? value : -1;
    }
}
