using System.Text;
using FsCheck;
using FsCheck.Fluent;
using OrgLife.Json;
using OrgLife.Rules;
using OrgLife.Rules.Policies;
using OrgLife.Text;

namespace OrgLife.Json.Tests;

/// <summary>The record reader never throws: arbitrary bytes, and the demo record cut short or with a byte changed, are read or rejected with a printable error.</summary>
public sealed class RecordReaderProperties
{
    private static readonly byte[] Demo = SampleRecords.DemoBytes;
    private static readonly OrgLifeValidator Validator = new();

    private static bool ReadsOrRejectsCleanly(byte[] bytes)
    {
        var result = RecordReader.Read(bytes);
        if (!result.Succeeded)
        {
            return PrintableText.IndexOfControl(result.Error.ToString()) < 0;
        }

        // Whatever reads is validated without an internal error.
        var report = Validator.Validate(result.Record, PolicyPresets.National, new NodaTime.LocalDate(2027, 1, 10), System.Globalization.CultureInfo.InvariantCulture);
        return report.Findings.All(f => f.MessageKey != "Common.InternalError");
    }

    [Fact]
    public void Arbitrary_bytes_are_read_or_rejected_never_thrown()
    {
        var pieces = Gen.Elements("{", "}", "[", "]", ":", ",", "\"", "\\u0007", "\\ud800", "1e400", "null", "true", "\"meeting\"", "\"date\"", "\"9999-12-31\"", "\"kind\"", "\"organizationalLife\"", " ", "\u0001");
        var json = Gen.ArrayOf(pieces).Select(p => Encoding.UTF8.GetBytes(string.Concat(p)));
        var raw = Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b));
        Prop.ForAll(Gen.OneOf(json, raw).ToArbitrary(), ReadsOrRejectsCleanly).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_demo_record_cut_short_or_with_one_byte_changed_is_read_or_rejected_never_thrown()
    {
        var cut = Gen.Choose(0, Demo.Length).Select(n => Demo[..n]);
        var changed = from at in Gen.Choose(0, Demo.Length - 1)
                      from value in Gen.Elements<byte>(0x00, 0x07, (byte)'"', (byte)'{', (byte)']', (byte)'9', 0xFF, 0xC3, (byte)'\n', (byte)'-')
                      select (byte[])[.. Demo[..at], value, .. Demo[(at + 1)..]];
        Prop.ForAll(Gen.OneOf(cut, changed).ToArbitrary(), ReadsOrRejectsCleanly).QuickCheckThrowOnFailure();
    }
}
