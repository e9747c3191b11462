using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using OrgLife.Json;
using OrgLife.Records;

namespace OrgLife.Json.Tests;

/// <summary>
/// The fast record reader (one Utf8JsonReader pass straight to the domain record) against the reference (System.Text.Json's
/// serializer to DTOs, then the mappers): whenever the fast path recognises a record it equals the reference's, value for
/// value, and the reader's result (the record, or the error with its path, message and position) is the reference's for
/// every input, valid or broken.
/// </summary>
public sealed class RecordReaderFastPathProperties
{
    private static readonly byte[] Demo = SampleRecords.DemoBytes;

    private static readonly string[] Texts = ["", "a", "张三", "m01", "g1", "\"quoted\"", "back\\slash", "tab\there", "😀", "2026-12-15", "2026-12-15T09:00", "organizationalLife", "criticism", "line\nbreak"];

    /// <summary>Dates and times in and out of the fast path's spelling and range: the reference decides which hold.</summary>
    private static readonly string[] Dates = ["2026-02-28", "2024-02-29", "2026-02-29", "1900-01-01", "1899-12-31", "2200-12-31", "2201-01-01", "2026-13-01", "2026-00-10", "2026-1-05", "+2026-01-05", "2026-12-15T09:00:00", "2026-12-15T23:59", "2026-12-15T24:00", "2026-12-15T09:00:00.5", "2026-12-15T09:60", " 2026-12-15"];

    /// <summary>The whole record as text, every value the domain holds spelt out, to compare two readings value for value.</summary>
    private static readonly JsonSerializerOptions Dump = new JsonSerializerOptions { WriteIndented = false }.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

    private static readonly JsonSerializerOptions[] Writers =
    [
        new() { WriteIndented = false },
        new() { WriteIndented = true },
        new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping },
    ];

    [Fact]
    public void The_demo_record_is_read_by_the_fast_path_to_the_reference_record()
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
                       from dropOneIn in Gen.Elements(0, 2000, 12)
                       from replaceOneIn in Gen.Elements(3000, 300)
                       select Encoding.UTF8.GetBytes(Reshape(new Random(seed), dropOneIn, replaceOneIn).ToJsonString(writer));
        Prop.ForAll(variants.ToArbitrary(), SameAsReference).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Records_reshaped_without_new_values_that_the_reference_reads_are_read_by_the_fast_path()
    {
        var variants = from seed in Gen.Choose(0, int.MaxValue)
                       from writer in Gen.Elements(Writers)
                       from dropOneIn in Gen.Elements(0, 2000, 12)
                       select Encoding.UTF8.GetBytes(Reshape(new Random(seed), dropOneIn, replaceOneIn: 0).ToJsonString(writer));
        Prop.ForAll(
            variants.ToArbitrary(),
            bytes => (FastRecordReader.TryRead(bytes) is not null || !RecordReader.Parse(bytes, fast: false).Succeeded) && SameAsReference(bytes)).QuickCheckThrowOnFailure();
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

    /// <summary>The fast path's record (when it recognises the input) equals the reference's, and both paths read to the same result.</summary>
    private static bool SameAsReference(byte[] bytes)
    {
        // Both paths are given checked UTF-8 only, as RecordReader gives them (invalid UTF-8 is rejected before either).
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return true;
        }

        var viaReference = RecordReader.Parse(bytes, fast: false);
        if (FastRecordReader.TryRead(bytes) is { } fast)
        {
            if (!viaReference.Succeeded || Text(fast) != Text(viaReference.Record))
            {
                return false;
            }
        }

        var viaFast = RecordReader.Parse(bytes, fast: true);
        return viaFast.Succeeded == viaReference.Succeeded && Equals(viaFast.Error, viaReference.Error)
            && (!viaFast.Succeeded || Text(viaFast.Record!) == Text(viaReference.Record!));
    }

    private static string Text(BranchRecord record) => JsonSerializer.Serialize(record, Dump);

    /// <summary>
    /// The demo record with properties reordered and dropped (one in <paramref name="dropOneIn"/>, none for 0: a record
    /// that drops one in 12 almost always lacks a required value somewhere), arrays cut and reordered, and texts
    /// replaced (one in <paramref name="replaceOneIn"/>, dates 15 times as often; none for 0).
    /// </summary>
    private static JsonObject Reshape(Random random, int dropOneIn, int replaceOneIn)
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
                        if (dropOneIn > 0 && random.Next(dropOneIn) == 0)
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
                case JsonValue value when replaceOneIn > 0 && value.GetValueKind() == JsonValueKind.String && random.Next(replaceOneIn) == 0:
                    value.ReplaceWith(JsonValue.Create(Texts[random.Next(Texts.Length)]));
                    break;
                case JsonValue value when replaceOneIn > 0 && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>().StartsWith("20", StringComparison.Ordinal) && random.Next((replaceOneIn / 15) + 1) == 0:
                    value.ReplaceWith(JsonValue.Create(Dates[random.Next(Dates.Length)]));
                    break;
            }
        }
    }
}
