using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using OrgLife.Json;

namespace OrgLife.Json.Tests;

/// <summary>
/// The fast record reader (one Utf8JsonReader pass to the DTOs) against the reference (System.Text.Json's serializer):
/// whenever the fast path recognises a record its DTOs equal the reference's, and the reader's result (the record, or
/// the error with its path, message and position) is the reference's for every input, valid or broken.
/// </summary>
public sealed class RecordReaderFastPathProperties
{
    private static readonly byte[] Demo = SampleRecords.DemoBytes;

    private static readonly string[] Texts = ["", "a", "张三", "m01", "g1", "\"quoted\"", "back\\slash", "tab\there", "😀", "2026-12-15", "2026-12-15T09:00", "organizationalLife", "criticism", "line\nbreak"];

    private static readonly JsonSerializerOptions[] Writers =
    [
        new() { WriteIndented = false },
        new() { WriteIndented = true },
        new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping },
    ];

    [Fact]
    public void The_demo_record_is_read_by_the_fast_path_to_the_reference_DTOs()
    {
        var content = Demo.AsSpan(Demo.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0);
        var fast = FastRecordReader.TryRead(content);
        Assert.NotNull(fast);
        Assert.True(SameAsReference(content.ToArray()));
    }

    [Fact]
    public void Records_reshaped_at_random_read_the_same_by_both_paths()
    {
        var variants = from seed in Gen.Choose(0, int.MaxValue)
                       from writer in Gen.Elements(Writers)
                       select Encoding.UTF8.GetBytes(Reshape(new Random(seed)).ToJsonString(writer));
        Prop.ForAll(variants.ToArbitrary(), SameAsReference).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Records_reshaped_without_new_values_are_recognised_by_the_fast_path()
    {
        var variants = from seed in Gen.Choose(0, int.MaxValue)
                       from writer in Gen.Elements(Writers)
                       select Encoding.UTF8.GetBytes(Reshape(new Random(seed), texts: false).ToJsonString(writer));
        Prop.ForAll(variants.ToArbitrary(), bytes => FastRecordReader.TryRead(bytes) is not null && SameAsReference(bytes)).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Broken_records_are_rejected_the_same_by_both_paths()
    {
        var line = Encoding.UTF8.GetBytes(SampleRecords.OneLine(SampleRecords.Demo));
        var cut = Gen.Choose(0, line.Length).Select(n => line[..n]);
        var changed = from at in Gen.Choose(0, line.Length - 1)
                      from value in Gen.Elements<byte>(0x00, (byte)'"', (byte)'{', (byte)'}', (byte)']', (byte)'[', (byte)'9', (byte)',', (byte)':', (byte)'n', (byte)'-', (byte)' ')
                      select (byte[])[.. line[..at], value, .. line[(at + 1)..]];
        var inserted = from at in Gen.Choose(1, line.Length - 1)
                       from piece in Gen.Elements("null,", "\"kind\":null,", "\"x\":1,", "\"id\":\"a\",", "\\ud800", "\\u0041", "1e400", ",", "{}", "[]", "//c\n")
                       select (byte[])[.. line[..at], .. Encoding.UTF8.GetBytes(piece), .. line[at..]];
        Prop.ForAll(Gen.OneOf(cut, changed, inserted).ToArbitrary(), SameAsReference).QuickCheckThrowOnFailure();
    }

    /// <summary>The fast path's DTOs (when it recognises the input) equal the reference's, and both paths read to the same result.</summary>
    private static bool SameAsReference(byte[] bytes)
    {
        var fast = FastRecordReader.TryRead(bytes);
        if (fast is not null)
        {
            if (RecordReader.ReadDto(bytes, out var reference) is not null || reference is null)
            {
                return false;
            }

            var info = RecordJsonContext.Default.BranchRecordDto;
            if (JsonSerializer.Serialize(fast, info) != JsonSerializer.Serialize(reference, info))
            {
                return false;
            }
        }

        var viaFast = RecordReader.Parse(bytes, fast: true);
        var viaReference = RecordReader.Parse(bytes, fast: false);
        return viaFast.Succeeded == viaReference.Succeeded && Equals(viaFast.Error, viaReference.Error);
    }

    /// <summary>The demo record with properties reordered and dropped, arrays cut and reordered, and (with <paramref name="texts"/>) values replaced.</summary>
    private static JsonObject Reshape(Random random, bool texts = true)
    {
        var tree = SampleRecords.DemoTree;
        Visit(tree);
        return tree;

        void Visit(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    var properties = obj.ToList();
                    obj.Clear();
                    foreach (var (name, value) in properties.OrderBy(_ => random.Next()))
                    {
                        if (random.Next(12) == 0)
                        {
                            continue;
                        }

                        obj[name] = value;
                        Visit(value);
                    }

                    break;
                case JsonArray array:
                    var items = array.ToList();
                    array.Clear();
                    var keep = random.Next(3) == 0 ? random.Next(items.Count + 1) : items.Count;
                    foreach (var item in random.Next(4) == 0 ? items.OrderBy(_ => random.Next()).Take(keep) : items.Take(keep))
                    {
                        array.Add(item);
                        Visit(item);
                    }

                    break;
                case JsonValue value when texts && value.GetValueKind() == JsonValueKind.String && random.Next(300) == 0:
                    value.ReplaceWith(JsonValue.Create(Texts[random.Next(Texts.Length)]));
                    break;
            }
        }
    }
}
