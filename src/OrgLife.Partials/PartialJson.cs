using System.Text.Json;
using OrgLife.Partials.Json;
using OrgLife.Tally.Forms;

namespace OrgLife.Partials;

/// <summary>
/// Partials as one JSON document, for small exchanges (docs/partial-tally-format.md): the format version and, per
/// partial, its assessment, branch, organization path, ballot form and rows. System.Text.Json, source-generated.
/// </summary>
public static class PartialJson
{
    /// <summary>Writes partials as a JSON document.</summary>
    /// <param name="partials">The partials.</param>
    public static string Serialize(IEnumerable<PartialTally> partials)
    {
        ArgumentNullException.ThrowIfNull(partials);
        var document = new PartialDocumentDto
        {
            FormatVersion = PartialFormat.Version,
            Partials = [.. partials.Select(ToDto)],
        };
        return JsonSerializer.Serialize(document, PartialJsonContext.Default.PartialDocumentDto);
    }

    /// <summary>Reads a JSON document; never throws for any text: what cannot be read is reported in <see cref="PartialReadResult.Errors"/>.</summary>
    /// <param name="json">The document.</param>
    public static PartialReadResult Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        PartialDocumentDto? document;
        try
        {
            document = JsonSerializer.Deserialize(json, PartialJsonContext.Default.PartialDocumentDto);
        }
        catch (JsonException ex)
        {
            return PartialReadResult.Failed($"not a partial-tally document: {ex.Message}");
        }

        if (document is null)
        {
            return PartialReadResult.Failed("not a partial-tally document: expected an object");
        }

        if (!PartialFormat.IsReadable(document.FormatVersion))
        {
            return PartialReadResult.Failed($"formatVersion {document.FormatVersion?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(missing)"} is not supported; this library reads versions 1 and {PartialFormat.Version}");
        }

        var records = new List<PartialRecord>();
        var forms = new Dictionary<(string, string), BallotForm>();
        var errors = new List<string>();
        var items = document.Partials ?? [];
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is not { } item || item.AssessmentId is null || item.BranchId is null)
            {
                errors.Add($"partials[{i}]: needs assessmentId and branchId");
                continue;
            }

            if (forms.ContainsKey((item.AssessmentId, item.BranchId)))
            {
                errors.Add($"partials[{i}]: assessment '{item.AssessmentId}', branch '{item.BranchId}' appears twice");
                continue;
            }

            try
            {
                forms[(item.AssessmentId, item.BranchId)] = BallotFormJson.Parse(item.Form?.GetRawText() ?? "null");
            }
            catch (BallotFormException ex)
            {
                errors.Add($"partials[{i}].form: {ex.Message}");
                continue;
            }

            var path = item.OrganizationPath ?? [];
            if (path.Length > PartialFormat.OrganizationLevels || path.Any(level => level is null))
            {
                errors.Add($"partials[{i}].organizationPath: at most {PartialFormat.OrganizationLevels} IDs, none null");
                continue;
            }

            foreach (var row in item.Rows ?? [])
            {
                if (row is null)
                {
                    continue;
                }

                var record = new PartialRecord
                {
                    FormatVersion = document.FormatVersion!.Value,
                    AssessmentId = item.AssessmentId,
                    BranchId = item.BranchId,
                    Measure = row.Measure ?? string.Empty,
                    VoterCategory = row.VoterCategory,
                    RejectionReason = row.RejectionReason,
                    CandidateId = row.CandidateId,
                    CandidateOrder = row.CandidateOrder,
                    Section = row.Section,
                    CriterionOrder = row.CriterionOrder,
                    Criterion = row.Criterion,
                    IsOverall = row.IsOverall,
                    Level = row.Level,
                    LevelName = row.LevelName,
                    Count = row.Count,
                };
                record.SetOrganizationLevels(path!);
                records.Add(record);
            }
        }

        var read = PartialRecords.Read(records, (assessment, branch) => forms.GetValueOrDefault((assessment, branch)));
        return read with { Errors = [.. errors, .. read.Errors] };
    }

    private static PartialDto ToDto(PartialTally partial)
    {
        ArgumentNullException.ThrowIfNull(partial);
        using var form = JsonDocument.Parse(BallotFormJson.Serialize(partial.Tally.Form));
        return new PartialDto
        {
            AssessmentId = partial.AssessmentId,
            BranchId = partial.Branch.Value,
            OrganizationPath = [.. partial.OrganizationPath],
            Form = form.RootElement.Clone(),
            Rows = [.. PartialRecords.From(partial).Select(r => new PartialRowDto
            {
                Measure = r.Measure,
                VoterCategory = r.VoterCategory,
                RejectionReason = r.RejectionReason,
                CandidateId = r.CandidateId,
                CandidateOrder = r.CandidateOrder,
                Section = r.Section,
                CriterionOrder = r.CriterionOrder,
                Criterion = r.Criterion,
                IsOverall = r.IsOverall,
                Level = r.Level,
                LevelName = r.LevelName,
                Count = r.Count,
            })],
        };
    }
}
