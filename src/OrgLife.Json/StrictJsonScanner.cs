using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text.Json;

namespace OrgLife.Json;

/// <summary>
/// The tokenizer of <see cref="FastRecordReader"/>: a forward-only pass over UTF-8 JSON that accepts only a strict subset
/// of the grammar — whitespace only between tokens, nesting at most 16 deep, no escape in a property name — and throws a
/// <see cref="JsonException"/> at anything else, so the record reader gives up and the reference (System.Text.Json)
/// reads the input and words the error. Every input it reads to the end is JSON that <see cref="Utf8JsonReader"/> reads
/// to the same tokens; it is faster than that reader on a record's many short strings because it has nothing else
/// to handle (comments, segments, error positions), and it leaves an escaped string to that reader to decode.
/// </summary>
internal ref struct StrictJsonScanner
{
    private const int MaxDepth = 16;

    /// <summary>The bytes of a string tested at once before a search over the rest takes over.</summary>
    private const int ShortString = 16;

    /// <summary>The bytes that end a run of a string's plain bytes: its closing quote, an escape, a control character.</summary>
    private static readonly SearchValues<byte> StringStops = SearchValues.Create([(byte)'"', (byte)'\\', .. Enumerable.Range(0, 0x20).Select(b => (byte)b)]);

    private readonly ReadOnlySpan<byte> json;
    private int position;
    private int depth;

    /// <summary>One bit per open container, bit <c>d</c> set for an object at depth <c>d + 1</c>.</summary>
    private int objects;
    private bool needsComma;
    private bool afterName;
    private bool rootRead;

    /// <summary>A scanner before the first token of <paramref name="utf8Json"/>, which must be valid UTF-8.</summary>
    public StrictJsonScanner(ReadOnlySpan<byte> utf8Json)
    {
        json = utf8Json;
        TokenType = JsonTokenType.None;
    }

    /// <summary>The token the scanner stands on.</summary>
    public JsonTokenType TokenType { get; private set; }

    /// <summary>A string's or property name's bytes between the quotes, or a number's text.</summary>
    public ReadOnlySpan<byte> ValueSpan { get; private set; }

    /// <summary>True when the string holds an escape (<c>\n</c>, <c>\u4E00</c>): <see cref="ValueSpan"/> is then not its text; <see cref="GetString"/> is.</summary>
    public bool ValueIsEscaped { get; private set; }

    /// <summary>The string's text, escapes decoded by <see cref="Utf8JsonReader"/> as the serializer decodes them (a lone surrogate throws).</summary>
    public readonly string GetString()
    {
        if (!ValueIsEscaped)
        {
            return System.Text.Encoding.UTF8.GetString(ValueSpan);
        }

        // The string with its quotes is a JSON document of its own.
        var end = position;
        var reader = new Utf8JsonReader(json[(end - ValueSpan.Length - 2)..end]);
        reader.Read();
        return reader.GetString()!;
    }

    /// <summary>Moves to the next token: false after the root value when only whitespace is left.</summary>
    public bool Read()
    {
        // Positions and depths stay far from overflowing (the text is at most 2 GiB, the depth at most 16).
        unchecked
        {
            SkipWhiteSpace();
            if (afterName)
            {
                afterName = false;
                return Value();
            }

            if (depth == 0)
            {
                if (rootRead)
                {
                    return position < json.Length ? throw Unsupported() : false;
                }

                rootRead = true;
                return Value();
            }

            var inObject = (objects & (1 << (depth - 1))) != 0;
            var next = Peek();
            if (next == (inObject ? (byte)'}' : (byte)']'))
            {
                position++;
                depth--;
                objects &= ~(1 << depth);
                TokenType = inObject ? JsonTokenType.EndObject : JsonTokenType.EndArray;
                needsComma = true;
                return true;
            }

            if (needsComma)
            {
                if (next != (byte)',')
                {
                    throw Unsupported();
                }

                position++;
                SkipWhiteSpace();
            }

            if (!inObject)
            {
                return Value();
            }

            // A property name, its colon, and the value on the next Read.
            if (Peek() != (byte)'"')
            {
                throw Unsupported();
            }

            ValueSpan = StringBody();
            SkipWhiteSpace();
            if (ValueIsEscaped || Peek() != (byte)':')
            {
                throw Unsupported();
            }

            position++;
            afterName = true;
            needsComma = false;
            TokenType = JsonTokenType.PropertyName;
            return true;
        }
    }

    /// <summary>The number the token spells, when it is an integer without fraction or exponent that fits an <see cref="int"/>.</summary>
    public readonly bool TryGetInt32(out int value)
    {
        value = 0;
        if (TokenType != JsonTokenType.Number)
        {
            return false;
        }

        var digits = ValueSpan;
        var negative = digits[0] == (byte)'-';
        long magnitude = 0;
        foreach (var b in negative ? digits[1..] : digits)
        {
            if (b is < (byte)'0' or > (byte)'9' || magnitude > int.MaxValue)
            {
                return false;
            }

            magnitude = (magnitude * 10) + (b - '0');
        }

        var signed = negative ? -magnitude : magnitude;
        if (signed is < int.MinValue or > int.MaxValue)
        {
            return false;
        }

        value = (int)signed;
        return true;
    }

    private bool Value()
    {
        unchecked
        {
            var next = Peek();
            switch (next)
            {
                case (byte)'{':
                case (byte)'[':
                    if (depth == MaxDepth)
                    {
                        throw Unsupported();
                    }

                    position++;
                    objects = next == (byte)'{' ? objects | (1 << depth) : objects & ~(1 << depth);
                    depth++;
                    needsComma = false;
                    TokenType = next == (byte)'{' ? JsonTokenType.StartObject : JsonTokenType.StartArray;
                    return true;
                case (byte)'"':
                    ValueSpan = StringBody();
                    TokenType = JsonTokenType.String;
                    break;
                case (byte)'t':
                    Literal("true"u8, JsonTokenType.True);
                    break;
                case (byte)'f':
                    Literal("false"u8, JsonTokenType.False);
                    break;
                case (byte)'n':
                    Literal("null"u8, JsonTokenType.Null);
                    break;
                default:
                    ValueSpan = Number();
                    TokenType = JsonTokenType.Number;
                    break;
            }

            needsComma = true;
            return true;
        }
    }

    /// <summary>The bytes of the string that opens here, the scanner moved past its closing quote; a control character is not JSON.</summary>
    private ReadOnlySpan<byte> StringBody()
    {
        // Positions stay within the text (at most 2 GiB), so the arithmetic cannot overflow: unchecked spares a test
        // per addition in the scanner's hottest loop.
        unchecked
        {
            var start = ++position;
            ValueIsEscaped = false;
            var text = json;
            while (true)
            {
                var at = position;
                at += text.Length - at >= ShortString ? FirstStopOfSixteen(text, at) : FirstStop(text[at..]);
                var b = text[at];
                position = at + 1;
                if (b == (byte)'"')
                {
                    return text[start..at];
                }

                if (b != (byte)'\\')
                {
                    throw Unsupported();
                }

                Escape();
            }
        }
    }

    /// <summary>
    /// The offset of the first stop (<see cref="StringStops"/>) from <paramref name="at"/>, where at least sixteen bytes
    /// are left: most strings of a record are short (IDs, names, enum values), so their sixteen bytes are tested at once.
    /// </summary>
    private static int FirstStopOfSixteen(ReadOnlySpan<byte> text, int at)
    {
        if (Vector128.IsHardwareAccelerated)
        {
            var bytes = Vector128.LoadUnsafe(ref MemoryMarshal.GetReference(text), (nuint)at);
            var stops = Vector128.Equals(bytes, Vector128.Create((byte)'"'))
                | Vector128.Equals(bytes, Vector128.Create((byte)'\\'))
                | Vector128.LessThan(bytes, Vector128.Create((byte)0x20));
            var mask = stops.ExtractMostSignificantBits();
            if (mask != 0)
            {
                return BitOperations.TrailingZeroCount(mask);
            }

            return ShortString + FirstStop(text[(at + ShortString)..]);
        }

        return FirstStop(text[at..]);
    }

    /// <summary>The offset of the first stop in <paramref name="text"/>; none is not JSON (the string does not end).</summary>
    private static int FirstStop(ReadOnlySpan<byte> text)
    {
        var stop = text.IndexOfAny(StringStops);
        return stop >= 0 ? stop : throw Unsupported();
    }

    /// <summary>Moves past the escape after a backslash: one of <c>" \ / b f n r t</c>, or <c>u</c> and four hex digits.</summary>
    private void Escape()
    {
        ValueIsEscaped = true;
        switch (Peek())
        {
            case (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t':
                position++;
                return;
            case (byte)'u':
                position++;
                for (var i = 0; i < 4; i++)
                {
                    if (!char.IsAsciiHexDigit((char)Peek()))
                    {
                        throw Unsupported();
                    }

                    position++;
                }

                return;
            default:
                throw Unsupported();
        }
    }

    /// <summary>A number as the JSON grammar spells it: <c>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</c>.</summary>
    private ReadOnlySpan<byte> Number()
    {
        var start = position;
        if (Peek() == (byte)'-')
        {
            position++;
        }

        if (Peek() == (byte)'0')
        {
            position++;
        }
        else if (Digits() == 0)
        {
            throw Unsupported();
        }

        if (Peek() == (byte)'.')
        {
            position++;
            if (Digits() == 0)
            {
                throw Unsupported();
            }
        }

        if (Peek() is (byte)'e' or (byte)'E')
        {
            position++;
            if (Peek() is (byte)'+' or (byte)'-')
            {
                position++;
            }

            if (Digits() == 0)
            {
                throw Unsupported();
            }
        }

        return json[start..position];
    }

    private int Digits()
    {
        var start = position;
        while (Peek() is >= (byte)'0' and <= (byte)'9')
        {
            position++;
        }

        return position - start;
    }

    private void Literal(ReadOnlySpan<byte> literal, JsonTokenType type)
    {
        if (!json[position..].StartsWith(literal))
        {
            throw Unsupported();
        }

        position += literal.Length;
        TokenType = type;
    }

    /// <summary>The byte at the scanner's position, or 0 at the end (no byte of valid JSON text outside a string).</summary>
    private readonly byte Peek() => position < json.Length ? json[position] : (byte)0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SkipWhiteSpace()
    {
        unchecked
        {
            // Most tokens follow the last without a space, or after one space (a property's value): every byte above the
            // space is not white space, so the common cases cost a compare or two inline.
            var at = position;
            var text = json;
            if ((uint)at < (uint)text.Length && text[at] > (byte)' ')
            {
                return;
            }

            if ((uint)at < (uint)text.Length && text[at] == (byte)' ' && (uint)(at + 1) < (uint)text.Length && text[at + 1] > (byte)' ')
            {
                position = at + 1;
                return;
            }

            SkipWhiteSpaceRun();
        }
    }

    private void SkipWhiteSpaceRun()
    {
        var at = position;
        var text = json;
        while ((uint)at < (uint)text.Length && text[at] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
        {
            at++;
        }

        position = at;
    }

    private static JsonException Unsupported() => new("not JSON the strict scanner reads");
}
