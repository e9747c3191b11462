using System.Collections.Immutable;
using OrgLife.Ids;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Partials;

namespace OrgLife.Partials;

/// <summary>Partials as flat records of the long layout and back; the round trip is exact.</summary>
public static class PartialRecords
{
    /// <summary>The records of one partial.</summary>
    /// <param name="partial">The partial.</param>
    public static IEnumerable<PartialRecord> From(PartialTally partial)
    {
        ArgumentNullException.ThrowIfNull(partial);
        return TallyRows.ToRows(partial.Tally).Select(row => ToRecord(partial, row));
    }

    /// <summary>
    /// Reads records back into partials, one per (assessment, branch); records of one partial may come in any
    /// order and several records with equal keys add up. Never throws for any records: a partial that does not
    /// fit its form is left out with an error.
    /// </summary>
    /// <param name="records">The records.</param>
    /// <param name="formOf">The ballot form of an assessment and branch, or null when unknown.</param>
    public static PartialReadResult Read(IEnumerable<PartialRecord> records, Func<string, string, BallotForm?> formOf)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(formOf);
        var groups = new SortedDictionary<(string Assessment, string Branch), List<PartialRecord>>(Comparer<(string, string)>.Create(
            (a, b) => string.CompareOrdinal(a.Item1, b.Item1) is var c and not 0 ? c : string.CompareOrdinal(a.Item2, b.Item2)));
        foreach (var record in records)
        {
            if (record is null)
            {
                continue;
            }

            var key = (record.AssessmentId ?? string.Empty, record.BranchId ?? string.Empty);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add(record);
        }

        var partials = ImmutableArray.CreateBuilder<PartialTally>();
        var errors = ImmutableArray.CreateBuilder<string>();
        foreach (var ((assessment, branch), list) in groups)
        {
            var (partial, error) = ReadOne(assessment, branch, list, formOf);
            if (partial is not null)
            {
                partials.Add(partial);
            }
            else
            {
                errors.Add($"assessment '{assessment}', branch '{branch}': {error}");
            }
        }

        return new(partials.ToImmutable(), errors.ToImmutable());
    }

    private static PartialRecord ToRecord(PartialTally partial, TallyRow row)
    {
        var record = new PartialRecord
        {
            AssessmentId = partial.AssessmentId,
            BranchId = partial.Branch.Value,
            Measure = PartialFormat.MeasureText(row.Measure),
            VoterCategory = row.VoterCategory,
            RejectionReason = row.RejectionReason is { } reason ? TallyRows.ReasonText(reason) : null,
            CandidateId = row.Candidate,
            CandidateOrder = row.CandidateOrder,
            Section = row.Section is { } section ? PartialFormat.SectionText(section) : null,
            CriterionOrder = row.CriterionOrder,
            Criterion = row.Criterion,
            IsOverall = row.IsOverall,
            Level = row.Level,
            LevelName = row.LevelName,
            Count = row.Count,
        };
        record.SetOrganizationLevels(partial.OrganizationPath);
        return record;
    }

    private static (PartialTally? Partial, string? Error) ReadOne(string assessment, string branch, List<PartialRecord> records, Func<string, string, BallotForm?> formOf)
    {
        var first = records[0];
        var levels = first.OrganizationLevels();
        var path = levels.TakeWhile(level => level is not null).Select(level => level!).ToImmutableArray();
        if (levels.Skip(path.Length).Any(level => level is not null))
        {
            return (null, $"org_{path.Length + 1} is empty but a deeper level is not");
        }

        var rows = new List<TallyRow>(records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            if (!PartialFormat.IsReadable(record.FormatVersion))
            {
                return (null, $"format version {record.FormatVersion} is not supported; this library reads versions 1 and {PartialFormat.Version}");
            }

            if (!record.OrganizationLevels().SequenceEqual(levels))
            {
                return (null, "its records disagree about the organization path");
            }

            if (PartialFormat.MeasureOf(record.Measure) is not { } measure)
            {
                return (null, $"unknown measure '{record.Measure}'");
            }

            var reason = TallyRows.ReasonOf(record.RejectionReason);
            if (record.RejectionReason is not null && reason is null)
            {
                return (null, $"unknown rejection reason '{record.RejectionReason}'");
            }

            var section = PartialFormat.SectionOf(record.Section);
            if (record.Section is not null && section is null)
            {
                return (null, $"unknown section '{record.Section}'");
            }

            rows.Add(new TallyRow(measure, record.Count)
            {
                VoterCategory = record.VoterCategory,
                RejectionReason = reason,
                Candidate = record.CandidateId,
                CandidateOrder = record.CandidateOrder,
                Section = section,
                CriterionOrder = record.CriterionOrder,
                Criterion = record.Criterion,
                IsOverall = record.IsOverall,
                Level = record.Level,
                LevelName = record.LevelName,
            });
        }

        if (formOf(assessment, branch) is not { } form)
        {
            return (null, "no ballot form is known for it");
        }

        if (!form.ValidityRules.IsEmpty && records.Any(record => record.FormatVersion == 1))
        {
            // Version 1 did not carry the ballots the rules voided: reading it would lower Returned and lose the counts without the rules.
            return (null, "its form has validity rules (废票) and version 1 rows do not carry the ballots they voided; re-export it as version 2 from the ballots");
        }

        var read = TallyRows.FromRows(form, rows);
        if (read.Tally is null)
        {
            return (null, read.Error);
        }

        try
        {
            return (new PartialTally(assessment, new BranchId(branch), path, read.Tally), null);
        }
        catch (ArgumentException ex)
        {
            return (null, ex.Message);
        }
    }
}
