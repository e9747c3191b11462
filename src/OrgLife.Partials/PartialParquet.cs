using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using Parquet;
using Parquet.Schema;
using Parquet.Serialization;
using OrgLife.Tally;
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
        var origin = stream.Position;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var hashed = new HashingWriteStream(stream, hash);
        var writer = await ParquetWriter.CreateAsync(Schema, hashed, null, false, cancellationToken).ConfigureAwait(false);
        try
        {
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
                [PartialFormat.DataChecksumKey] = DataChecksum.Placeholder,
            };
            hashed.KeepFromHere();
        }
        finally
        {
            // Disposing writes the footer (or finishes the file cut short by an error).
            await writer.DisposeAsync().ConfigureAwait(false);
        }

        // The running hash read the placeholder's '0's where the checksum goes: it is the checksum. Put it in place.
        var digits = DataChecksum.DigitsIn(hashed.Kept) ?? throw new InvalidOperationException("the Parquet footer does not hold the checksum placeholder.");
        var end = stream.Position;
        stream.Position = origin + hashed.KeptFrom + digits;
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(Convert.ToHexStringLower(hash.GetCurrentHash())), cancellationToken).ConfigureAwait(false);
        stream.Position = end;
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
            if (await DataChecksum.VerifyAsync(stream, cancellationToken).ConfigureAwait(false) is { } damaged)
            {
                return PartialReadResult.Failed($"not a partial-tally Parquet file: {damaged}");
            }

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
    /// <param name="progress">
    /// Told after each row group the bytes of the stream read so far and the partials (branches) read so far, never going
    /// backwards; or null.
    /// </param>
    /// <param name="cancellationToken">Stops the read with <see cref="OperationCanceledException"/>.</param>
    public static async IAsyncEnumerable<PartialReadResult> ReadBatchesAsync(Stream stream, IProgress<TallyProgress>? progress = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var origin = stream.Position;
        ParquetReader? file = null;
        string? openError = null;
        try
        {
            // Every byte is checked before Parquet.Net decodes anything: a damaged footer can make it loop.
            openError = await DataChecksum.VerifyAsync(stream, cancellationToken).ConfigureAwait(false) is { } damaged
                ? $"not a partial-tally Parquet file: {damaged}"
                : null;
            file = openError is null ? await ParquetReader.CreateAsync(stream, null, true, cancellationToken).ConfigureAwait(false) : null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            openError = $"not a partial-tally Parquet file: {ex.Message}";
        }

        if (file is null)
        {
            yield return PartialReadResult.Failed(openError!);
            yield break;
        }

        // One reader for the whole file: its footer (which grows with the row groups) is parsed once.
        try
        {
            var (forms, formsError) = FormsOf(file.CustomMetadata ?? new Dictionary<string, string>());
            if (forms is null)
            {
                yield return PartialReadResult.Failed(formsError!);
                yield break;
            }

            var partials = new ContiguousPartials((assessment, _) => forms.GetValueOrDefault(assessment));
            long bytes = 0, branches = 0;
            for (var group = 0; group < file.RowGroupCount; group++)
            {
                // Checked here too: Parquet.Net does not look at the token when the row group is already in memory.
                cancellationToken.ThrowIfCancellationRequested();
                var (records, error) = await ReadRowGroupAsync(file, group, cancellationToken).ConfigureAwait(false);
                if (records is null)
                {
                    // The rest of the file cannot be trusted to continue the open partial either.
                    var last = partials.Finish();
                    yield return last with { Errors = [.. last.Errors, $"row group {group}: {error}"] };
                    yield break;
                }

                var batch = partials.Add(records);
                branches += batch.Partials.Length;
                bytes = Math.Max(bytes, stream.Position - origin);
                progress?.Report(new TallyProgress(bytes, branches));
                yield return batch;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var rest = partials.Finish();
            progress?.Report(new TallyProgress(Math.Max(bytes, stream.Position - origin), branches + rest.Partials.Length));
            yield return rest;
        }
        finally
        {
            await file.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>One row group's records, read column by column by name; or why it cannot be read.</summary>
    private static async Task<(List<PartialRecord>? Records, string? Error)> ReadRowGroupAsync(ParquetReader file, int index, CancellationToken cancellationToken)
    {
        try
        {
            var group = file.OpenRowGroupReader(index);
            var count = checked((int)group.RowCount);
            var fields = new Dictionary<string, DataField>(StringComparer.Ordinal);
            foreach (var field in file.Schema.DataFields)
            {
                fields.TryAdd(field.Name, field);
            }

            async Task<string?[]> Texts(DataField expected)
            {
                var values = new string?[count];
                if (Column(expected, fields) is { } field)
                {
                    await group.ReadAsync(field, values.AsMemory()!, null, cancellationToken).ConfigureAwait(false);
                }

                return values;
            }

            async Task<T?[]> Numbers<T>(DataField expected)
                where T : struct
            {
                var values = new T?[count];
                if (Column(expected, fields) is not { } field)
                {
                    return values;
                }

                if (field.IsNullable)
                {
                    await group.ReadAsync<T>(field, values.AsMemory(), null, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    var required = new T[count];
                    await group.ReadAsync<T>(field, required.AsMemory(), null, cancellationToken).ConfigureAwait(false);
                    for (var i = 0; i < count; i++)
                    {
                        values[i] = required[i];
                    }
                }

                return values;
            }

            var versions = await Numbers<int>(FormatVersionField).ConfigureAwait(false);
            var assessments = await Texts(AssessmentField).ConfigureAwait(false);
            var branches = await Texts(BranchField).ConfigureAwait(false);
            var orgs = new string?[OrgFields.Length][];
            for (var level = 0; level < OrgFields.Length; level++)
            {
                orgs[level] = await Texts(OrgFields[level]).ConfigureAwait(false);
            }

            var measures = await Texts(MeasureField).ConfigureAwait(false);
            var categories = await Texts(CategoryField).ConfigureAwait(false);
            var reasons = await Texts(ReasonField).ConfigureAwait(false);
            var candidates = await Texts(CandidateField).ConfigureAwait(false);
            var candidateOrders = await Numbers<int>(CandidateOrderField).ConfigureAwait(false);
            var sections = await Texts(SectionField).ConfigureAwait(false);
            var criterionOrders = await Numbers<int>(CriterionOrderField).ConfigureAwait(false);
            var criteria = await Texts(CriterionField).ConfigureAwait(false);
            var overall = await Numbers<bool>(OverallField).ConfigureAwait(false);
            var levels = await Numbers<int>(LevelField).ConfigureAwait(false);
            var levelNames = await Texts(LevelNameField).ConfigureAwait(false);
            var counts = await Numbers<long>(CountField).ConfigureAwait(false);
            var records = new List<PartialRecord>(count);
            for (var i = 0; i < count; i++)
            {
                records.Add(new PartialRecord
                {
                    // A null in a required column fails the partial's checks (version 0, empty keys and measure, count -1).
                    FormatVersion = versions[i] ?? 0,
                    AssessmentId = assessments[i] ?? string.Empty,
                    BranchId = branches[i] ?? string.Empty,
                    Org1 = orgs[0][i],
                    Org2 = orgs[1][i],
                    Org3 = orgs[2][i],
                    Org4 = orgs[3][i],
                    Org5 = orgs[4][i],
                    Org6 = orgs[5][i],
                    Org7 = orgs[6][i],
                    Org8 = orgs[7][i],
                    Measure = measures[i] ?? string.Empty,
                    VoterCategory = categories[i],
                    RejectionReason = reasons[i],
                    CandidateId = candidates[i],
                    CandidateOrder = candidateOrders[i],
                    Section = sections[i],
                    CriterionOrder = criterionOrders[i],
                    Criterion = criteria[i],
                    IsOverall = overall[i],
                    Level = levels[i],
                    LevelName = levelNames[i],
                    Count = counts[i] ?? -1,
                });
            }

            return (records, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Parquet.Net reports a damaged row group with many exception types (its own, IO, index, format …).
            return (null, $"not readable: {ex.Message}");
        }
    }

    /// <summary>The file's column of that name; null when an optional column is absent (its values are null).</summary>
    /// <exception cref="InvalidDataException">A required column is absent, or a column has another type than version 1's.</exception>
    private static DataField? Column(DataField expected, Dictionary<string, DataField> fields)
    {
        if (!fields.TryGetValue(expected.Name, out var field))
        {
            return expected.IsNullable ? null : throw new InvalidDataException($"the required column '{expected.Name}' is missing");
        }

        return field.ClrType == expected.ClrType
            ? field
            : throw new InvalidDataException($"the column '{expected.Name}' holds {field.ClrType.Name}; version {PartialFormat.Version} has {expected.ClrType.Name}");
    }

    private static (Dictionary<string, BallotForm>? Forms, string? Error) FormsOf(IReadOnlyDictionary<string, string> metadata)
    {
        if (!metadata.TryGetValue(PartialFormat.VersionKey, out var version) || version is not ("1" or "2"))
        {
            return (null, $"the file's {PartialFormat.VersionKey} is '{version ?? "(missing)"}'; this library reads versions 1 and {PartialFormat.Version}");
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
