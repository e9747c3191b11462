using System.Collections.Immutable;
using System.Text;
using OrgLife.Ids;

namespace OrgLife.Cli.Tally;

/// <summary>
/// Reads the CSV long format a step ahead of <see cref="OrgLife.Tally.Formats.CsvBallotReader"/> on a second
/// stream of the same file, to learn each branch's candidates and ballots before its box is opened. Branches are
/// contiguous, so this holds one branch at a time whatever the file's size. Rows the reader would skip
/// (wrong field count, bad quoting, empty or invalid branch, empty serial, invalid UTF-8) are skipped here too, so
/// both see the same branches in the same order; the reader alone reports them.
/// </summary>
internal sealed class CsvBranchScanner : IDisposable
{
    private readonly StreamReader reader;
    private readonly List<string> fields = [];
    private readonly StringBuilder field = new();
    private int columns;
    private int branchColumn = -1;
    private int ballotColumn = -1;
    private int candidateColumn = -1;
    private Row? pending;

    public CsvBranchScanner(Stream utf8Csv) => reader = new StreamReader(utf8Csv, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true);

    /// <summary>
    /// The candidates and ballots of the next run of rows of <paramref name="branch"/>: the member IDs in the order
    /// they first appear (the committee section's empty candidate excluded), and the number of ballots (runs of one
    /// serial, duplicates included: every ballot returned). Runs of other branches before it are passed over.
    /// </summary>
    public BranchBallots Next(BranchId branch)
    {
        if (columns == 0 && !ReadHeader())
        {
            return new BranchBallots(branch, [], 0);
        }

        while (NextRow() is { } row)
        {
            if (row.Branch == branch.Value)
            {
                return Collect(branch, row);
            }
        }

        return new BranchBallots(branch, [], 0);
    }

    public void Dispose() => reader.Dispose();

    private BranchBallots Collect(BranchId branch, Row first)
    {
        var candidates = ImmutableArray.CreateBuilder<MemberId>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        long ballots = 0;
        string? serial = null;
        for (Row? row = first; row is { } current; row = NextRow())
        {
            if (current.Branch != first.Branch)
            {
                pending = current; // the first row of the next branch, kept for the next call
                break;
            }

            if (current.Serial != serial)
            {
                ballots++;
                serial = current.Serial;
            }

            if (current.Candidate.Length > 0 && seen.Add(current.Candidate) && IsId(current.Candidate))
            {
                candidates.Add(new MemberId(current.Candidate));
            }
        }

        return new BranchBallots(branch, candidates.ToImmutable(), ballots);
    }

    private Row? NextRow()
    {
        if (pending is { } kept)
        {
            pending = null;
            return kept;
        }

        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line) || line.Contains('\uFFFD') || !Split(line) || fields.Count != columns)
            {
                continue;
            }

            var branch = fields[branchColumn];
            var serial = fields[ballotColumn];
            if (branch.Length > 0 && serial.Length > 0 && IsId(branch))
            {
                return new Row(branch, serial, candidateColumn >= 0 ? fields[candidateColumn] : string.Empty);
            }
        }

        return null;
    }

    private bool ReadHeader()
    {
        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (!Split(line.TrimStart('\uFEFF')))
            {
                return false;
            }

            columns = fields.Count;
            branchColumn = fields.FindIndex(f => f.Equals("branch", StringComparison.OrdinalIgnoreCase));
            ballotColumn = fields.FindIndex(f => f.Equals("ballot", StringComparison.OrdinalIgnoreCase));
            candidateColumn = fields.FindIndex(f => f.Equals("candidate", StringComparison.OrdinalIgnoreCase));
            return branchColumn >= 0 && ballotColumn >= 0;
        }

        return false;
    }

    /// <summary>Splits one line by the grammar of docs/tally.md into <see cref="fields"/>; false when it is malformed.</summary>
    private bool Split(string line)
    {
        fields.Clear();
        var i = 0;
        while (true)
        {
            field.Clear();
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        return false;
                    }

                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(line[i++]);
                }

                if (i < line.Length && line[i] != ',')
                {
                    return false;
                }

                fields.Add(field.ToString());
            }
            else
            {
                var end = line.IndexOf(',', i);
                var text = line.AsSpan(i, (end < 0 ? line.Length : end) - i);
                if (text.Contains('"'))
                {
                    return false;
                }

                fields.Add(text.Trim(" \t").ToString());
                i = end < 0 ? line.Length : end;
            }

            if (i >= line.Length)
            {
                return true;
            }

            i++; // the comma
        }
    }

    // The rules of OrgLife's IDs (IdText): not blank, at most 128 characters, no surrounding white space.
    private static bool IsId(string text) => text.Length <= 128 && text.Trim().Length == text.Length && !string.IsNullOrWhiteSpace(text);

    private readonly record struct Row(string Branch, string Serial, string Candidate);
}
