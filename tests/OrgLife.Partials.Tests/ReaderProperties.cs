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
