using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using OrgLife.Tally.Forms;

namespace OrgLife.Partials;

/// <summary>
/// Builds partials from records that come in runs, one run per partial (as the library writes files): a run ends
/// when a record of another (assessment, branch) comes. Keeps one open run and a 128-bit digest of each key read,
/// so that a key coming back in a later run is reported rather than read as a second branch.
/// </summary>
/// <param name="formOf">The ballot form of an assessment and branch, or null when unknown.</param>
internal sealed class ContiguousPartials(Func<string, string, BallotForm?> formOf)
{
    private readonly HashSet<UInt128> read = [];
    private readonly List<PartialRecord> open = [];
    private (string Assessment, string Branch)? openKey;
    private (string Assessment, string Branch)? skipped;

    /// <summary>Takes the next records; returns the partials whose run ended among them.</summary>
    public PartialReadResult Add(IEnumerable<PartialRecord> records)
    {
        var partials = ImmutableArray.CreateBuilder<PartialTally>();
        var errors = ImmutableArray.CreateBuilder<string>();
        foreach (var record in records)
        {
            if (record is null)
            {
                continue;
            }

            var key = (record.AssessmentId ?? string.Empty, record.BranchId ?? string.Empty);
            if (openKey == key)
            {
                open.Add(record);
                continue;
            }

            if (skipped == key)
            {
                continue;
            }

            Close(partials, errors);
            skipped = null;
            if (read.Contains(Digest(key)))
            {
                errors.Add($"assessment '{key.Item1}', branch '{key.Item2}': its rows are not contiguous in the file (they come back after other partials' rows); these later rows are left out: read such a file whole (PartialParquet.ReadAsync)");
                skipped = key;
                continue;
            }

            openKey = key;
            open.Add(record);
        }

        return new(partials.ToImmutable(), errors.ToImmutable());
    }

    /// <summary>Ends the input: returns the last open partial.</summary>
    public PartialReadResult Finish()
    {
        var partials = ImmutableArray.CreateBuilder<PartialTally>();
        var errors = ImmutableArray.CreateBuilder<string>();
        Close(partials, errors);
        return new(partials.ToImmutable(), errors.ToImmutable());
    }

    private void Close(ImmutableArray<PartialTally>.Builder partials, ImmutableArray<string>.Builder errors)
    {
        if (openKey is not { } key)
        {
            return;
        }

        var result = PartialRecords.Read(open, formOf);
        partials.AddRange(result.Partials);
        errors.AddRange(result.Errors);
        read.Add(Digest(key));
        open.Clear();
        openKey = null;
    }

    /// <summary>The first 128 bits of the SHA-256 of the length-prefixed key: collisions are out of reach (2⁻⁶⁴ at 4 billion keys).</summary>
    private static UInt128 Digest((string Assessment, string Branch) key)
    {
        var text = Encoding.UTF8.GetBytes(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{key.Assessment.Length}:{key.Assessment}{key.Branch}"));
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(text, hash);
        return BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }
}
