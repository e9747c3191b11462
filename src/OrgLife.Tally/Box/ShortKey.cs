using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace OrgLife.Tally.Box;

/// <summary>
/// The bytes of a short UTF-8 text (at most <see cref="MaxLength"/> bytes) packed into two words with its length, so
/// that two short texts are equal exactly when their keys are: comparing a field with a known name is then a few
/// register compares instead of a call. Up to 3 bytes are packed one by one, 4–7 as the first and last four bytes,
/// 8–16 as the first and last eight (the halves overlap, so every byte is in the key). A longer text has no key
/// (<see cref="IsShort"/> false) and is compared the ordinary way.
/// </summary>
internal readonly struct ShortKey
{
    private const ulong EveryByte = 0x0101_0101_0101_0101;

    /// <summary>The longest text a key holds.</summary>
    internal const int MaxLength = 16;

    private ShortKey(int length, ulong low, ulong high)
    {
        Length = length;
        Low = low;
        High = high;
    }

    /// <summary>The text's length in bytes; −1 for a key that matches nothing.</summary>
    internal int Length { get; }

    private ulong Low { get; }

    private ulong High { get; }

    /// <summary>A key no text matches.</summary>
    internal static ShortKey None => new(-1, 0, 0);

    /// <summary>True when the key holds the whole text.</summary>
    internal bool IsShort => Length <= MaxLength;

    /// <summary>The key of a text; for a text longer than <see cref="MaxLength"/>, only its length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ShortKey Of(ReadOnlySpan<byte> text)
    {
        unchecked
        {
            var length = text.Length;
            if (length >= 8)
            {
                return length > MaxLength
                    ? new ShortKey(length, 0, 0)
                    : new ShortKey(length, MemoryMarshal.Read<ulong>(text), MemoryMarshal.Read<ulong>(text[(length - 8)..]));
            }

            if (length >= 4)
            {
                return new ShortKey(length, MemoryMarshal.Read<uint>(text) | ((ulong)MemoryMarshal.Read<uint>(text[(length - 4)..]) << 32), 0);
            }

            return length == 0 ? default : new ShortKey(length, text[0] | ((ulong)text[length >> 1] << 8) | ((ulong)text[length - 1] << 16), 0);
        }
    }

    /// <summary>True when both keys are of the same text (for short texts) or the same length (for long ones).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool Is(ShortKey other) => Length == other.Length && Low == other.Low && High == other.High;

    // Per byte, without branches: a byte in 'A'…'Z' gets its 0x20 bit; bytes from 0x80 on and all others stay.
    private static ulong Lower(ulong word)
    {
        unchecked
        {
            var low7 = word & (0x7F * EveryByte);
            var aboveAt = low7 + ((0x80 - 'A') * EveryByte);
            var aboveZ = low7 + ((0x80 - 'Z' - 1) * EveryByte);
            var capital = (aboveAt ^ aboveZ) & ~word & (0x80 * EveryByte);
            return word | (capital >> 2);
        }
    }

    /// <summary>A slot in a table of 16 (<c>0…15</c>) for this key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int Slot16() => (int)(unchecked((Low ^ (High * 31) ^ (ulong)Length) * 0x9E37_79B9_7F4A_7C15) >> 60);

    /// <summary>A slot in a table of 256 (<c>0…255</c>) for this key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int Slot256() => (int)(unchecked((Low ^ (High * 31) ^ (ulong)Length) * 0x9E37_79B9_7F4A_7C15) >> 56);

    /// <summary>
    /// The key of the text with ASCII capitals made small (other bytes as they are): for a text of at most
    /// <see cref="MaxLength"/> bytes and an ASCII one, equal lowered keys mean exactly "equal ignoring ASCII case".
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ShortKey AsciiLowered() => new(Length, Lower(Low), Lower(High));

    /// <summary>True when <paramref name="text"/> is the text this key was made from (<paramref name="original"/>, consulted only for long texts).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool Matches(ReadOnlySpan<byte> text, ReadOnlySpan<byte> original) =>
        text.Length == Length && (IsShort ? Of(text).Is(this) : text.SequenceEqual(original));
}
