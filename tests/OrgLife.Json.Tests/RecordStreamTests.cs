using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using OrgLife.Json.Output;
using OrgLife.Rules;
using OrgLife.Rules.Policies;

namespace OrgLife.Json.Tests;

/// <summary>The record reader gives the same result from bytes, a stream and a pipe, sync and async, and reads .jsonl line by line.</summary>
public sealed class RecordStreamTests
{
    private static readonly string Lines = string.Join(
        "\n",
        SampleRecords.OneLine(SampleRecords.BranchOnly),
        string.Empty,
        "{ not json",
        SampleRecords.OneLine(SampleRecords.NoQuorum) + "\r");

    private static readonly OrgLifeValidator Validator = new();

    /// <summary>What a read gave, comparable by value: the record's report as JSON, or the error.</summary>
    private static string Fingerprint(RecordReadResult result) => result.Succeeded
        ? ReportJson.Serialize(Validator.Validate(result.Record, PolicyPresets.National, new LocalDate(2027, 1, 10), CultureInfo.InvariantCulture), "x")
        : result.Error.ToString();

    private static IEnumerable<string> Fingerprints(IEnumerable<RecordLine> lines) => lines.Select(l => $"{l.Line}: {Fingerprint(l.Result)}");

    [Fact]
    public async Task A_document_reads_the_same_from_bytes_a_stream_and_a_pipe()
    {
        var bytes = SampleRecords.DemoBytes;
        var fromBytes = RecordReader.Read(bytes);

        var fromStream = RecordReader.Read(new MemoryStream(bytes));
        var fromStreamAsync = await RecordReader.ReadAsync(new MemoryStream(bytes));
        var fromPipe = await RecordReader.ReadAsync(PipeReader.Create(new MemoryStream(bytes), new StreamPipeReaderOptions(bufferSize: 4096)));

        Assert.True(fromBytes.Succeeded);
        Assert.Equal(Fingerprint(fromBytes), Fingerprint(fromStream));
        Assert.Equal(Fingerprint(fromBytes), Fingerprint(fromStreamAsync));
        Assert.Equal(Fingerprint(fromBytes), Fingerprint(fromPipe));
    }

    [Fact]
    public async Task A_bad_document_gives_the_same_error_from_every_source()
    {
        var bytes = Encoding.UTF8.GetBytes("{\n  \"branch\": { \"kind\": 5 }\n}");
        var expected = RecordReader.Read(bytes).Error;

        Assert.NotNull(expected);
        Assert.Equal(2, expected.Line);
        Assert.Equal(expected, RecordReader.Read(new MemoryStream(bytes)).Error);
        Assert.Equal(expected, (await RecordReader.ReadAsync(new MemoryStream(bytes))).Error);
        Assert.Equal(expected, (await RecordReader.ReadAsync(PipeReader.Create(new MemoryStream(bytes)))).Error);
    }

    [Fact]
    public void Invalid_UTF8_is_named_by_line_column_and_byte_offset_after_a_byte_order_mark()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "{\n \"x"u8, 0xFF, .. "\"}"u8];

        var error = RecordReader.Read(bytes).Error!;

        Assert.Equal("$ (line 2, column 4, byte offset 8): invalid UTF-8; the record must be UTF-8 text.", error.ToString());
    }

    [Fact]
    public async Task Lines_read_the_same_sync_async_and_from_a_pipe_with_their_numbers()
    {
        var bytes = Encoding.UTF8.GetBytes(Lines);

        var sync = RecordReader.ReadLines(new MemoryStream(bytes)).ToList();
        var async = await RecordReader.ReadLinesAsync(new MemoryStream(bytes)).ToListAsync();
        var pipe = await RecordReader.ReadLinesAsync(PipeReader.Create(new MemoryStream(bytes), new StreamPipeReaderOptions(bufferSize: 7, minimumReadSize: 1))).ToListAsync();

        Assert.Equal([1L, 3L, 4L], sync.Select(l => l.Line));
        Assert.Equal([true, false, true], sync.Select(l => l.Result.Succeeded));
        Assert.Equal(Fingerprints(sync), Fingerprints(async));
        Assert.Equal(Fingerprints(sync), Fingerprints(pipe));
    }

    [Fact]
    public async Task Reading_lines_stops_when_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await RecordReader.ReadLinesAsync(new MemoryStream(Encoding.UTF8.GetBytes(Lines)), cancelled.Token).ToListAsync());
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await RecordReader.ReadAsync(new MemoryStream(SampleRecords.DemoBytes), cancelled.Token));
    }

    [Fact]
    public void Lines_cut_into_any_chunks_read_as_from_whole_bytes()
    {
        // A pipe hands the reader segments of any size; the lines and their results must not depend on where they fall.
        var bytes = Encoding.UTF8.GetBytes(Lines + "\n" + new string(' ', 3) + "\n\uFEFF" + SampleRecords.OneLine(SampleRecords.BranchOnly));
        var expected = Fingerprints(RecordReader.ReadLines(new MemoryStream(bytes))).ToList();
        Prop.ForAll(
            Gen.Choose(1, 64).ToArbitrary(),
            size =>
            {
                var pipe = PipeReader.Create(new MemoryStream(bytes), new StreamPipeReaderOptions(bufferSize: size, minimumReadSize: 1));
                return Fingerprints(RecordReader.ReadLinesAsync(pipe).ToListAsync().AsTask().Result).SequenceEqual(expected);
            }).QuickCheckThrowOnFailure();
    }
}
