using OrgLife.Tally.Forms;

namespace OrgLife.Tally.Formats;

/// <summary>
/// Reads the CSV long format for what it shows of each branch — its candidates and ballots returned
/// (<see cref="BranchCensus"/>) — with the grammar of <see cref="CsvBallotReader"/> itself: the same line splitting,
/// header, quoting, UTF-8 checks and skipped rows (the reader's own code, in census mode), so both see the same
/// branch runs in the same order. Run it a step ahead of the reader on a second stream of the same input, to open
/// each branch's box with the candidates and issued count the CSV implies when no roster gives them. Memory is
/// bounded: one branch at a time whatever the input size. Row errors are not told here; the reader tells them.
/// </summary>
public static class CsvBranchCensus
{
    /// <summary>
    /// Reads UTF-8 CSV from a stream for boxes of <paramref name="form"/>: second copies of a ballot (docs/tally.md,
    /// "Row order") are found by the columns the form resolves, exactly as the reader's box finds them.
    /// </summary>
    /// <param name="utf8Csv">The input; read to its end as the result is enumerated, not closed.</param>
    /// <param name="form">The form of the boxes the census opens.</param>
    /// <returns>One census per run of a branch's rows, in input order, as the run ends.</returns>
    /// <exception cref="InvalidDataException">The header is missing or malformed, or rows apart cannot be regrouped.</exception>
    public static IEnumerable<BranchCensus> Read(Stream utf8Csv, BallotForm form)
    {
        ArgumentNullException.ThrowIfNull(utf8Csv);
        ArgumentNullException.ThrowIfNull(form);
        return Count(utf8Csv, null, form);
    }

    /// <summary>Reads UTF-8 CSV from a stream (a UTF-8 byte-order mark is skipped); second copies are found by candidate and criterion text.</summary>
    /// <param name="utf8Csv">The input; read to its end as the result is enumerated, not closed.</param>
    /// <returns>One census per run of a branch's rows, in input order, as the run ends.</returns>
    /// <exception cref="InvalidDataException">The header is missing or malformed.</exception>
    public static IEnumerable<BranchCensus> Read(Stream utf8Csv)
    {
        ArgumentNullException.ThrowIfNull(utf8Csv);
        return Count(utf8Csv, null, null);
    }

    /// <summary>Reads CSV text, encoded to UTF-8 on the way in as <see cref="CsvBallotReader.Read(TextReader)"/> does.</summary>
    /// <param name="csv">The input; read to its end as the result is enumerated, not closed.</param>
    /// <returns>One census per run of a branch's rows, in input order, as the run ends.</returns>
    /// <exception cref="InvalidDataException">The header is missing or malformed.</exception>
    public static IEnumerable<BranchCensus> Read(TextReader csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        return Count(null, csv, null);
    }

    // Arranged as the reader arranges its input (rows apart regrouped), so both see the same runs.
    private static IEnumerable<BranchCensus> Count(Stream? utf8, TextReader? text, BallotForm? form) => Count(utf8, text, form, CsvBallotReader.ChunkMode.None);

    /// <summary>The census of a chunk whose rows its reader checks (<see cref="CsvParallelTally"/>): not scanned again.</summary>
    internal static IEnumerable<BranchCensus> ReadTrustedChunk(Stream utf8, BallotForm form) => Count(utf8, null, form, CsvBallotReader.ChunkMode.Trusted);

    private static IEnumerable<BranchCensus> Count(Stream? utf8, TextReader? text, BallotForm? form, CsvBallotReader.ChunkMode chunk)
    {
        var counter = new BranchCensusCounter(form);
        foreach (var _ in new CsvBallotReader(counter).AsChunk(chunk).ReadArranged(utf8, text))
        {
            if (counter.TakeFinished() is { } finished)
            {
                yield return finished;
            }
        }
    }
}
