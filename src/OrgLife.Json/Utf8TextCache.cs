using System.Runtime.InteropServices;
using System.Text;
using OrgLife.Ids;

namespace OrgLife.Json;

/// <summary>
/// The short texts of the records read on one thread (member IDs, names, group IDs), decoded from UTF-8 once and handed
/// out again when the same bytes come back: a demo-size record names its 23 members some 900 times, and decoding and
/// validating each occurrence cost more than reading the JSON around it. A fixed number of slots, so memory is bounded;
/// a slot keeps the last text hashed to it. Not thread safe: <see cref="Current"/> gives each thread its own.
/// </summary>
internal sealed class Utf8TextCache
{
    /// <summary>Texts longer than this (reasons, measures) are decoded each time: they rarely repeat.</summary>
    private const int MaxBytes = 64;

    private const int SlotBits = 10;

    private const int Slots = 1 << SlotBits;

    [ThreadStatic]
    private static Utf8TextCache? current;

    private readonly Entry?[] entries = new Entry?[Slots];

    /// <summary>The calling thread's cache.</summary>
    public static Utf8TextCache Current => current ??= new Utf8TextCache();

    /// <summary>The text of <paramref name="utf8"/>, which must be valid UTF-8 (the record was checked before it was read).</summary>
    public string Text(ReadOnlySpan<byte> utf8) => utf8.Length > MaxBytes ? Encoding.UTF8.GetString(utf8) : Find(utf8).Text;

    /// <summary>The member ID <paramref name="utf8"/> spells, or null when the text is not a valid member ID.</summary>
    public MemberId? MemberId(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxBytes)
        {
            return Ids.MemberId.TryParse(Encoding.UTF8.GetString(utf8), null, out var id) ? id : (MemberId?)null;
        }

        var entry = Find(utf8);
        if (!entry.MemberChecked)
        {
            entry.Member = Ids.MemberId.TryParse(entry.Text, null, out var id) ? id : default;
            entry.MemberChecked = true;
        }

        return entry.Member.IsDefault ? (MemberId?)null : entry.Member;
    }

    private Entry Find(ReadOnlySpan<byte> utf8)
    {
        var slot = Slot(utf8);
        if (entries[slot] is { } entry && entry.Key.AsSpan().SequenceEqual(utf8))
        {
            return entry;
        }

        return entries[slot] = new Entry(utf8.ToArray(), Encoding.UTF8.GetString(utf8));
    }

    /// <summary>
    /// The slot of a text: its first and last eight bytes and its length, mixed by multiplication and cut to the top
    /// bits. Two texts in one slot only cost a decoding each time they alternate, never a wrong text.
    /// </summary>
    private static int Slot(ReadOnlySpan<byte> utf8)
    {
        ulong head = 0, tail = 0;
        if (utf8.Length >= sizeof(ulong))
        {
            head = MemoryMarshal.Read<ulong>(utf8);
            tail = MemoryMarshal.Read<ulong>(utf8[^sizeof(ulong)..]);
        }
        else
        {
            foreach (var b in utf8)
            {
                head = (head << 8) | b;
            }
        }

        var mixed = unchecked((head * 0x9E3779B97F4A7C15UL) ^ (tail * 0xC2B2AE3D27D4EB4FUL) ^ ((ulong)utf8.Length * 0x165667B19E3779F9UL));
        return (int)(mixed >> (64 - SlotBits));
    }

    /// <summary>One decoded text, and its member ID once asked for.</summary>
    private sealed class Entry(byte[] key, string text)
    {
        public byte[] Key { get; } = key;

        public string Text { get; } = text;

        public MemberId Member { get; set; }

        public bool MemberChecked { get; set; }
    }
}
