using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using OrgLife.Records;

namespace OrgLife.Json.Converters;

/// <summary>
/// Lets System.Text.Json bind a <see cref="BranchRecord"/> (an ASP.NET Core body, a property of the vendor's own
/// DTO) through <see cref="RecordReader"/>: the same format, the same checks and the same errors, the error thrown
/// as a <see cref="JsonException"/> whose message is the <see cref="RecordError"/> (its line and column counted in
/// the record's value). Reading only: OrgLife has no record writer, so writing a record throws <see cref="NotSupportedException"/>.
/// </summary>
public sealed class BranchRecordJsonConverter : JsonConverter<BranchRecord>
{
    /// <inheritdoc />
    public override BranchRecord Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // The record's value is copied out as it stands and read by the record reader, whatever the caller's options.
        using var document = JsonDocument.ParseValue(ref reader);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            document.RootElement.WriteTo(writer);
        }

        var result = RecordReader.Read(buffer.WrittenSpan);
        return result.Succeeded ? result.Record : throw new JsonException(result.Error.ToString(), result.Error.Path, null, null);
    }

    /// <summary>Not supported: OrgLife reads branch records but has no writer for them.</summary>
    /// <param name="writer">Unused.</param>
    /// <param name="value">Unused.</param>
    /// <param name="options">Unused.</param>
    /// <exception cref="NotSupportedException">Always.</exception>
    public override void Write(Utf8JsonWriter writer, BranchRecord value, JsonSerializerOptions options)
        => throw new NotSupportedException("OrgLife.Json reads branch records (RecordReader) but does not write them; keep the JSON you received.");
}
