using System.Runtime.CompilerServices;
using System.Text.Json;
using Parquet;
using Parquet.Schema;
using Parquet.Serialization;
using OrgLife.Tally.Forms;

namespace OrgLife.Partials;

/// <summary>
/// Partials as an Apache Parquet file in the long layout (docs/partial-tally-format.md), for large exchanges and
/// for engines (DuckDB, Spark, Doris …) that roll up with SUM … GROUP BY. The ballot forms travel in the file's
/// key-value metadata, one per assessment. Writing streams: memory is bounded by one row group
/// (<see cref="PartialParquetOptions.RowGroupRows"/>), whatever the file's size; so does <see cref="ReadBatchesAsync"/>.
/// </summary>
public static class PartialParquet
{
    private static readonly DataField<int> FormatVersionField = new("format_version", false);
    private static readonly DataField<string> AssessmentField = new("assessment_id", false);
    private static readonly DataField<string> BranchField = new("branch_id", false);
    private static readonly DataField<string>[] OrgFields = [.. Enumerable.Range(1, PartialFormat.OrganizationLevels).Select(i => new DataField<string>($"org_{i}", true))];
    private static readonly DataField<string> MeasureField = new("measure", false);
    private static readonly DataField<string> CategoryField = new("voter_category", true);
    private static readonly DataField<string> ReasonField = new("rejection_reason", true);
    private static readonly DataField<string> CandidateField = new("candidate_id", true);
    private static readonly DataField<int?> CandidateOrderField = new("candidate_order", true);
    private static readonly DataField<string> SectionField = new("section", true);
    private static readonly DataField<int?> CriterionOrderField = new("criterion_order", true);
    private static readonly DataField<string> CriterionField = new("criterion", true);
    private static readonly DataField<bool?> OverallField = new("is_overall", true);
    private static readonly DataField<int?> LevelField = new("level", true);
    private static readonly DataField<string> LevelNameField = new("level_name", true);
    private static readonly DataField<long> CountField = new("count", false);

    private static readonly ParquetSchema Schema = new(
        [FormatVersionField, AssessmentField, BranchField, .. OrgFields, MeasureField, CategoryField, ReasonField, CandidateField, CandidateOrderField,
         SectionField, CriterionOrderField, CriterionField, OverallField, LevelField, LevelNameField, CountField]);

    /// <summary>Writes partials to a stream as one Parquet file.</summary>
    /// <param name="partials">The partials; all partials of one assessment must share its ballot form.</param>
    /// <param name="stream">A writable, seekable stream.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <exception cref="ArgumentException">Two partials of one assessment have different forms (the stream then holds an unfinished file).</exception>
    public static Task WriteAsync(IEnumerable<PartialTally> partials, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partials);
        return WriteAsync(partials.ToAsyncEnumerable(), stream, null, cancellationToken);
    }

    /// <summary>
    /// Writes partials to a stream as one Parquet file as they come: rows are buffered up to
    /// <see cref="PartialParquetOptions.RowGroupRows"/> and written out as a row group, so memory stays bounded by one
    /// row group and the forms (one per assessment). Each partial's rows are contiguous in the file.
    /// </summary>
    /// <param name="partials">The partials; all partials of one assessment must share its ballot form.</param>
    /// <param name="stream">A writable, seekable stream.</param>
    /// <param name="options">The row-group size; <see cref="PartialParquetOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>The rows written.</returns>
    /// <exception cref="ArgumentException">Two partials of one assessment have different forms (the stream then holds an unfinished file).</exception>
    public static async Task<long> WriteAsync(IAsyncEnumerable<PartialTally> partials, Stream stream, PartialParquetOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partials);
        ArgumentNullException.ThrowIfNull(stream);
        options ??= PartialParquetOptions.Default;
        var forms = new SortedDictionary<string, BallotForm>(StringComparer.Ordinal);
        var buffer = new List<PartialRecord>(Math.Min(options.RowGroupRows, 1 << 16));
        long rows = 0;
        await using var writer = await ParquetWriter.CreateAsync(Schema, stream, null, false, cancellationToken).ConfigureAwait(false);
        await foreach (var partial in partials.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            ArgumentNullException.ThrowIfNull(partial);
            if (forms.TryGetValue(partial.AssessmentId, out var form))
            {
                if (!ReferenceEquals(form, partial.Tally.Form) && !form.Equals(partial.Tally.Form))
                {
                    throw new ArgumentException($"Assessment '{partial.AssessmentId}' has partials on two different ballot forms; write them to separate files.", nameof(partials));
                }
            }
            else
            {
                forms[partial.AssessmentId] = partial.Tally.Form;
            }

            foreach (var record in PartialRecords.From(partial))
            {
                buffer.Add(record);
                if (buffer.Count == options.RowGroupRows)
                {
                    await WriteRowGroupAsync(writer, buffer, cancellationToken).ConfigureAwait(false);
                    rows += buffer.Count;
                    buffer.Clear();
                }
            }
        }

        if (buffer.Count > 0)
        {
            await WriteRowGroupAsync(writer, buffer, cancellationToken).ConfigureAwait(false);
            rows += buffer.Count;
        }

        writer.CustomMetadata = new Dictionary<string, string>
        {
            [PartialFormat.VersionKey] = PartialFormat.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [PartialFormat.FormsKey] = FormsJson(forms),
        };
        return rows;
    }

    /// <summary>
    /// Reads a whole Parquet file of partials, its rows in any order; never throws for a malformed file: it is reported
    /// in the errors. Memory grows with the file: for large files use <see cref="ReadBatchesAsync"/>.
    /// </summary>
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

        var (forms, error) = FormsOf(metadata);
        return forms is null ? PartialReadResult.Failed(error!) : PartialRecords.Read(records, (assessment, _) => forms.GetValueOrDefault(assessment));
    }

    /// <summary>
    /// Reads a Parquet file of partials row group by row group: one result per row group, holding the partials whose
    /// last row is in it (a partial cut by a row-group boundary comes with the row group where it ends) and the errors
    /// found there. Memory is bounded by one row group plus the partial being read, and 16 bytes per partial read (the
    /// check below). Each partial's rows must be contiguous, as <see cref="WriteAsync(IAsyncEnumerable{PartialTally}, Stream, PartialParquetOptions?, CancellationToken)"/>
    /// writes them; an (assessment, branch) whose rows come back after another partial's is reported as an error and
    /// those later rows are left out (read such a file with <see cref="ReadAsync"/>). Never throws for a malformed file.
    /// </summary>
    /// <param name="stream">A readable, seekable stream.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public static async IAsyncEnumerable<PartialReadResult> ReadBatchesAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var (rowGroups, metadata, openError) = await OpenAsync(stream, cancellationToken).ConfigureAwait(false);
        if (openError is not null)
        {
            yield return PartialReadResult.Failed(openError);
            yield break;
        }

        var (forms, formsError) = FormsOf(metadata!);
        if (forms is null)
        {
            yield return PartialReadResult.Failed(formsError!);
            yield break;
        }

        var reader = new ContiguousPartials((assessment, _) => forms.GetValueOrDefault(assessment));
        for (var group = 0; group < rowGroups; group++)
        {
            IList<PartialRecord>? records = null;
            string? error = null;
            try
            {
                records = (await ParquetSerializer.DeserializeAsync<PartialRecord>(stream, null, group, cancellationToken).ConfigureAwait(false)).Data;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                error = $"row group {group}: not readable: {ex.Message}";
            }

            if (records is null)
            {
                // The rest of the file cannot be trusted to continue the open partial either.
                var last = reader.Finish();
                yield return last with { Errors = [.. last.Errors, error!] };
                yield break;
            }

            yield return reader.Add(records);
        }

        yield return reader.Finish();
    }

    private static async Task<(int RowGroups, IReadOnlyDictionary<string, string>? Metadata, string? Error)> OpenAsync(Stream stream, CancellationToken cancellationToken)
    {
        try
        {
            await using var reader = await ParquetReader.CreateAsync(stream, null, true, cancellationToken).ConfigureAwait(false);
            return (reader.RowGroupCount, reader.CustomMetadata ?? new Dictionary<string, string>(), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return (0, null, $"not a partial-tally Parquet file: {ex.Message}");
        }
    }

    private static (Dictionary<string, BallotForm>? Forms, string? Error) FormsOf(IReadOnlyDictionary<string, string> metadata)
    {
        if (!metadata.TryGetValue(PartialFormat.VersionKey, out var version) || version != PartialFormat.Version.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            return (null, $"the file's {PartialFormat.VersionKey} is '{version ?? "(missing)"}'; this library reads version {PartialFormat.Version}");
        }

        try
        {
            return (ParseForms(metadata.GetValueOrDefault(PartialFormat.FormsKey) ?? "{}"), null);
        }
        catch (Exception ex) when (ex is JsonException or BallotFormException)
        {
            return (null, $"the file's {PartialFormat.FormsKey} is not readable: {ex.Message}");
        }
    }

    private static async Task WriteRowGroupAsync(ParquetWriter writer, List<PartialRecord> rows, CancellationToken cancellationToken)
    {
        using var group = writer.CreateRowGroup();
        await group.WriteAsync<int>(FormatVersionField, rows.Select(r => r.FormatVersion).ToArray().AsMemory(), null, null, cancellationToken).ConfigureAwait(false);
        await group.WriteAsync(AssessmentField, Texts(rows, r => r.AssessmentId), null).ConfigureAwait(false);
        await group.WriteAsync(BranchField, Texts(rows, r => r.BranchId), null).ConfigureAwait(false);
        for (var level = 0; level < OrgFields.Length; level++)
        {
            var at = level;
            await group.WriteAsync(OrgFields[level], Texts(rows, r => r.OrganizationLevel(at)), null).ConfigureAwait(false);
        }

        await group.WriteAsync(MeasureField, Texts(rows, r => r.Measure), null).ConfigureAwait(false);
        await group.WriteAsync(CategoryField, Texts(rows, r => r.VoterCategory), null).ConfigureAwait(false);
        await group.WriteAsync(ReasonField, Texts(rows, r => r.RejectionReason), null).ConfigureAwait(false);
        await group.WriteAsync(CandidateField, Texts(rows, r => r.CandidateId), null).ConfigureAwait(false);
        await group.WriteAsync<int>(CandidateOrderField, rows.Select(r => r.CandidateOrder).ToArray().AsMemory(), null, null, cancellationToken).ConfigureAwait(false);
        await group.WriteAsync(SectionField, Texts(rows, r => r.Section), null).ConfigureAwait(false);
        await group.WriteAsync<int>(CriterionOrderField, rows.Select(r => r.CriterionOrder).ToArray().AsMemory(), null, null, cancellationToken).ConfigureAwait(false);
        await group.WriteAsync(CriterionField, Texts(rows, r => r.Criterion), null).ConfigureAwait(false);
        await group.WriteAsync<bool>(OverallField, rows.Select(r => r.IsOverall).ToArray().AsMemory(), null, null, cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<int>(LevelField, rows.Select(r => r.Level).ToArray().AsMemory(), null, null, cancellationToken).ConfigureAwait(false);
        await group.WriteAsync(LevelNameField, Texts(rows, r => r.LevelName), null).ConfigureAwait(false);
        await group.WriteAsync<long>(CountField, rows.Select(r => r.Count).ToArray().AsMemory(), null, null, cancellationToken).ConfigureAwait(false);
        group.CompleteValidate();
    }

    private static string?[] Texts(List<PartialRecord> rows, Func<PartialRecord, string?> column) => [.. rows.Select(column)];

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
