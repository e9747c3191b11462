using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using OrgLife.Json;

namespace OrgLife.Json.Tests;

/// <summary>
/// The fast record reader's tokenizer against System.Text.Json's: whatever text the strict scanner reads to its end,
/// <see cref="Utf8JsonReader"/> reads as well, to the same tokens and the same strings; text it does not read it
/// refuses with a <see cref="JsonException"/>, never another exception.
/// </summary>
public sealed class StrictJsonScannerProperties
{
    private static readonly string[] Seeds =
    [
        "{\"a\":[1,-2.5e3,0,true,false,null,\"x\\u0041\\n\\\"\",\"张三\"],\"b\":{},\"c\":[]}",
        " [ {\"id\" : \"m01\" , \"n\":2026 } ,\t\"\\ud83d\\ude00\" ]\r\n",
        "{\"d\":{\"e\":{\"f\":[[[]]]}},\"g\":-0.0E+1}",
    ];

    /// <summary>Edits; U+001F is the last control character a string may not hold as it is, U+007F one it may.</summary>
    private static readonly string[] Pieces = ["\"", "\\", "\\u00", ",", ":", "{", "}", "[", "]", "0", "-", ".", "e", "tru", "null", " ", "\n", "\u0001", "\u001F", "\u007F", "1e400", "01", "\\ud800"];

    [Fact]
    public void What_the_scanner_reads_to_the_end_Utf8JsonReader_reads_to_the_same_tokens()
    {
        var seeds = Gen.Elements(Seeds).Select(Encoding.UTF8.GetBytes);
        var texts = from seed in seeds
                    from at in Gen.Choose(0, seed.Length)
                    from edit in Gen.Choose(0, 3)
                    from piece in Gen.Elements(Pieces)
                    select edit switch
                    {
                        0 => seed,
                        1 => seed[..at],
                        2 => (byte[])[.. seed[..at], .. Encoding.UTF8.GetBytes(piece), .. seed[at..]],
                        _ => (byte[])[.. seed[..at], .. seed[Math.Min(seed.Length, at + 1)..]],
                    };
        Prop.ForAll(texts.ToArbitrary(), bytes =>
        {
            var scanned = Scanned(bytes);
            return scanned is null || (System.Text.Unicode.Utf8.IsValid(bytes) && scanned.SequenceEqual(Read(bytes)));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }

    [Fact]
    public void The_seeds_are_read_by_the_scanner()
    {
        foreach (var seed in Seeds)
        {
            Assert.NotNull(Scanned(Encoding.UTF8.GetBytes(seed)));
        }
    }

    /// <summary>The scanner's tokens, or null when it refuses the text.</summary>
    private static List<string>? Scanned(byte[] bytes)
    {
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return null;
        }

        var scanner = new StrictJsonScanner(bytes);
        var tokens = new List<string>();
        try
        {
            while (scanner.Read())
            {
                tokens.Add(Token(scanner.TokenType, scanner.TokenType is JsonTokenType.String or JsonTokenType.PropertyName ? scanner.GetString() : Encoding.UTF8.GetString(scanner.ValueSpan)));
            }
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            // A lone surrogate's escape: the string cannot be decoded, as the serializer cannot.
            return null;
        }

        return tokens;
    }

    /// <summary>System.Text.Json's tokens, or a list that matches none when it refuses the text.</summary>
    private static List<string> Read(byte[] bytes)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 16 });
        var tokens = new List<string>();
        try
        {
            while (reader.Read())
            {
                tokens.Add(Token(reader.TokenType, reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName ? reader.GetString()! : Encoding.UTF8.GetString(reader.ValueSpan)));
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            tokens.Add("rejected");
        }

        return tokens;
    }

    private static string Token(JsonTokenType type, string value) => type is JsonTokenType.StartObject or JsonTokenType.EndObject or JsonTokenType.StartArray or JsonTokenType.EndArray or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null
        ? type.ToString()
        : $"{type}:{value}";
}
