using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NodaTime.Testing;
using OrgLife.Cli.Commands;
using OrgLife.Cli.Input;
using OrgLife.Cli.Tests.Support;
using OrgLife.Rules.Policies;

namespace OrgLife.Cli.Tests;

/// <summary>
/// <c>orglife validate FILE.jsonl</c> on several workers prints exactly what the sequential reference prints: stdout,
/// stderr and exit code, byte for byte, for files of good records, broken records, blank lines, byte-order marks,
/// CRLF endings, invalid UTF-8 and lines over the 1 MiB limit.
/// </summary>
public sealed class ValidatePipelineProperties(TempFiles files) : IClassFixture<TempFiles>
{
    private static readonly byte[] Demo = Encoding.UTF8.GetBytes(SampleRecords.OneLine(SampleRecords.Demo));
    private static readonly byte[] NoQuorum = Encoding.UTF8.GetBytes(SampleRecords.OneLine(SampleRecords.NoQuorum));
    private static readonly byte[] OverLong = [(byte)'{', .. Enumerable.Repeat((byte)' ', RecordFiles.MaxLineBytes), (byte)'}'];
    private int cases;

    private static Gen<byte[]> Line()
    {
        var changed = from at in Gen.Choose(0, Demo.Length - 1)
                      from value in Gen.Elements<byte>(0x07, (byte)'"', (byte)'{', (byte)']', (byte)'9', 0xFF, 0xC3, (byte)'-')
                      select (byte[])[.. Demo[..at], value, .. Demo[(at + 1)..]];
        var cut = Gen.Choose(0, Demo.Length).Select(n => Demo[..n]);
        return Gen.Frequency(
            (6, Gen.Constant(Demo)),
            (3, Gen.Constant(NoQuorum)),
            (2, Gen.Elements<byte[]>([], "   "u8.ToArray(), "{}"u8.ToArray(), "null"u8.ToArray(), "{\"branch\": \""u8.ToArray(), [0xEF, 0xBB, 0xBF, .. "{}"u8], [.. "{\"x\":\""u8, 0xC3, 0x28, .. "\"}"u8])),
            (3, changed),
            (2, cut),
            (1, Gen.Constant(OverLong)));
    }

    private static Gen<byte[]> File() =>
        from lines in Gen.ListOf(Line()).Select(l => l.Take(24).ToArray())
        from crlf in Gen.ArrayOf(Gen.Elements(true, false), lines.Length)
        from lastEnded in Gen.Elements(true, false)
        select (byte[])[.. lines.SelectMany((line, i) => i < lines.Length - 1 || lastEnded ? [.. line, .. crlf[i] ? "\r\n"u8 : "\n"u8] : line)];

    private (int Exit, string Stdout, string Stderr) Run(string file, ValidateCommand.Settings settings, int workers)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = ValidateCommand.ValidateLines(file, settings, new CommandContext(stdout, stderr, new FakeClock(Tool.Now)), workers);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Several_workers_print_exactly_what_one_worker_prints()
    {
        var settings = from json in Gen.Elements(true, false)
                       from chinese in Gen.Elements(true, false)
                       from asOf in Gen.Elements<NodaTime.LocalDate?>(null, new NodaTime.LocalDate(2027, 1, 10))
                       select new ValidateCommand.Settings(
                           PolicyPresets.National,
                           asOf,
                           CultureInfo.GetCultureInfo(chinese ? "zh-CN" : "en"),
                           json ? OutputFormat.Json : OutputFormat.Text,
                           new FakeClock(Tool.Now));
        var cases = from bytes in File() from s in settings from workers in Gen.Choose(2, 5) select (bytes, s, workers);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var file = Path.ChangeExtension(files.Write($"pipeline-{Interlocked.Increment(ref this.cases)}", string.Empty), ".jsonl");
            System.IO.File.WriteAllBytes(file, c.bytes);
            var sequential = Run(file, c.s, 1);
            var parallel = Run(file, c.s, c.workers);
            return sequential == parallel;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(60));
    }
}
