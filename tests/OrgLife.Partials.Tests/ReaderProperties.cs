using FsCheck;
using FsCheck.Fluent;
using OrgLife.Partials;

namespace OrgLife.Partials.Tests;

/// <summary>The readers never throw: damaged Parquet files and arbitrary text give errors, never exceptions.</summary>
public sealed class ReaderProperties
{
    private static readonly byte[] ValidFile = Write();

    [Fact]
    public void A_truncated_or_damaged_parquet_file_gives_an_error_and_never_throws() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, ValidFile.Length - 1)), Arb.From(Gen.Choose(0, 255)), (cut, noise) =>
        {
            var bytes = ValidFile.ToArray();
            bytes[cut] = (byte)(bytes[cut] ^ noise);
            foreach (var damaged in new[] { bytes, ValidFile[..cut] })
            {
                using var stream = new MemoryStream(damaged);
                var read = PartialParquet.ReadAsync(stream).GetAwaiter().GetResult();
                Assert.True(read.Errors.Length > 0 || read.Partials.Length > 0);
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));

    /// <summary>
    /// Every byte of a file changed in turn is reported as damage, before Parquet.Net decodes anything: a damaged
    /// footer once sent its decoder into a runaway loop (the last byte of the footer, 0x00 changed to 0x01).
    /// </summary>
    [Fact]
    public async Task Any_one_byte_changed_anywhere_in_a_file_is_reported_as_damage()
    {
        foreach (var noise in new byte[] { 0x01, 0x80 })
        {
            for (var at = 0; at < ValidFile.Length; at++)
            {
                var bytes = ValidFile.ToArray();
                bytes[at] ^= noise;
                var read = await PartialParquet.ReadAsync(new MemoryStream(bytes));
                Assert.True(read.Errors.Length > 0 && read.Partials.IsEmpty, $"byte {at} changed by {noise:X2} was not reported");
                var batches = await PartialParquet.ReadBatchesAsync(new MemoryStream(bytes)).ToListAsync();
                Assert.True(batches.Sum(b => b.Errors.Length) > 0 && batches.All(b => b.Partials.IsEmpty), $"byte {at} changed by {noise:X2} was not reported by the streamed read");
            }
        }
    }

    [Fact]
    public void A_truncated_or_damaged_parquet_file_read_in_row_groups_gives_an_error_and_never_throws() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, ManyGroupsFile.Length - 1)), Arb.From(Gen.Choose(0, 255)), (cut, noise) =>
        {
            var bytes = ManyGroupsFile.ToArray();
            bytes[cut] = (byte)(bytes[cut] ^ noise);
            foreach (var damaged in new[] { bytes, ManyGroupsFile[..cut] })
            {
                using var stream = new MemoryStream(damaged);
                var batches = PartialParquet.ReadBatchesAsync(stream).ToBlockingEnumerable().ToList();
                Assert.True(batches.Sum(b => b.Errors.Length + b.Partials.Length) > 0);
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));

    [Fact]
    public void Any_text_read_as_a_json_document_never_throws() =>
        Prop.ForAll(Arb.From(Gen.Elements(Fragments).ArrayOf().Select(parts => string.Concat(parts))), text =>
        {
            var read = PartialJson.Parse(text);
            Assert.True(read.Errors.Length > 0 || read.Partials.Length >= 0);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));

    [Fact]
    public void A_json_document_with_one_value_changed_never_throws()
    {
        var json = PartialJson.Serialize(RandomRounds.Round(3));
        Prop.ForAll(Arb.From(Gen.Choose(0, json.Length - 1)), Arb.From(Gen.Elements(Fragments)), (at, fragment) =>
        {
            var read = PartialJson.Parse(json[..at] + fragment + json[(at + 1)..]);
            Assert.True(read.Errors.Length > 0 || read.Partials.Length > 0);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    private static readonly string[] Fragments =
        ["{", "}", "[", "]", ",", ":", "\"formatVersion\"", "1", "-1", "9223372036854775807", "99999999999999999999", "null", "true",
         "\"partials\"", "\"rows\"", "\"count\"", "\"level\"", "\"measure\"", "\"mark\"", "\"\"", "\"\\u0000\"", " ", "0.5", "\"candidateOrder\""];

    private static readonly byte[] ManyGroupsFile = WriteInRowGroups();

    private static byte[] WriteInRowGroups()
    {
        using var stream = new MemoryStream();
        PartialParquet.WriteAsync(RandomRounds.Round(42).ToAsyncEnumerable(), stream, new PartialParquetOptions { RowGroupRows = 16 }).GetAwaiter().GetResult();
        return stream.ToArray();
    }

    private static byte[] Write()
    {
        using var stream = new MemoryStream();
        PartialParquet.WriteAsync(RandomRounds.Round(42), stream).GetAwaiter().GetResult();
        return stream.ToArray();
    }
}
