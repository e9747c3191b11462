using System.Text.Json;
using Parquet;
using Parquet.Serialization;
using OrgLife.Tally.Forms;

namespace OrgLife.Partials;

/// <summary>
/// Partials as an Apache Parquet file in the long layout (docs/partial-tally-format.md), for large exchanges and
/// for engines (DuckDB, Spark, Doris …) that roll up with SUM … GROUP BY. The ballot forms travel in the file's
/// key-value metadata, one per assessment.
/// </summary>
public static class PartialParquet
{
    /// <summary>Writes partials to a stream as one Parquet file.</summary>
    /// <param name="partials">The partials; all partials of one assessment must share its ballot form.</param>
    /// <param name="stream">A writable, seekable stream.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <exception cref="ArgumentException">Two partials of one assessment have different forms.</exception>
    public static async Task WriteAsync(IEnumerable<PartialTally> partials, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partials);
        ArgumentNullException.ThrowIfNull(stream);
        var list = partials.ToList();
        var forms = new SortedDictionary<string, BallotForm>(StringComparer.Ordinal);
        foreach (var partial in list)
        {
            if (forms.TryGetValue(partial.AssessmentId, out var form) && !form.Equals(partial.Tally.Form))
            {
                throw new ArgumentException($"Assessment '{partial.AssessmentId}' has partials on two different ballot forms; write them to separate files.", nameof(partials));
            }

            forms[partial.AssessmentId] = partial.Tally.Form;
        }

        var metadata = new Dictionary<string, string>
        {
            [PartialFormat.VersionKey] = PartialFormat.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [PartialFormat.FormsKey] = FormsJson(forms),
        };
        await ParquetSerializer.SerializeAsync(list.SelectMany(PartialRecords.From), stream, new ParquetOptions { RowGroupSize = 1 << 20 }, metadata, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads partials from a Parquet file written by <see cref="WriteAsync"/>; never throws for a malformed file: it is reported in the errors.</summary>
    /// <param name="stream">A readable, seekable stream.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public static async Task<PartialReadResult> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        IList<PartialRecord> records;
        IReadOnlyDictionary<string, string> metadata;
        try
        {
            var result = await ParquetSerializer.DeserializeAsync<PartialRecord>(stream, null, null, cancellationToken).ConfigureAwait(false);
            records = result.Data;
            metadata = result.CustomMetadata ?? new Dictionary<string, string>();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Parquet.Net reports a damaged file with many exception types (its own, IO, index, format …); all mean the same here.
            return PartialReadResult.Failed($"not a partial-tally Parquet file: {ex.Message}");
        }

        if (!metadata.TryGetValue(PartialFormat.VersionKey, out var version) || version is not ("1" or "2"))
        {
            return PartialReadResult.Failed($"the file's {PartialFormat.VersionKey} is '{version ?? "(missing)"}'; this library reads versions 1 and {PartialFormat.Version}");
        }

        Dictionary<string, BallotForm> forms;
        try
        {
            forms = ParseForms(metadata.GetValueOrDefault(PartialFormat.FormsKey) ?? "{}");
        }
        catch (Exception ex) when (ex is JsonException or BallotFormException)
        {
            return PartialReadResult.Failed($"the file's {PartialFormat.FormsKey} is not readable: {ex.Message}");
        }

        return PartialRecords.Read(records, (assessment, _) => forms.GetValueOrDefault(assessment));
    }

    /// <summary>The forms as one JSON object from assessment ID to form.</summary>
    internal static string FormsJson(IEnumerable<KeyValuePair<string, BallotForm>> forms)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (assessment, form) in forms)
            {
                writer.WritePropertyName(assessment);
                writer.WriteRawValue(BallotFormJson.Serialize(form));
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The forms of <see cref="FormsJson"/>.</summary>
    internal static Dictionary<string, BallotForm> ParseForms(string json)
    {
        using var document = JsonDocument.Parse(json);
        var forms = new Dictionary<string, BallotForm>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            forms[property.Name] = BallotFormJson.Parse(property.Value.GetRawText());
        }

        return forms;
    }
}
