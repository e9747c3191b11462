using System.Collections.Immutable;
using OrgLife.Ids;
using OrgLife.Tally.Box;
using OrgLife.Tally.Merging;

namespace OrgLife.Tally.Formats;

/// <summary>
/// Streams the CSV long format (one row per mark; grammar in docs/tally.md) into one <see cref="BallotBox"/> per
/// branch and yields each branch's tally as soon as the branch ends. The rows of one ballot are contiguous, and so
/// are the rows of one branch: a ballot is complete when the serial changes, a branch when the branch changes.
/// Memory is bounded whatever the input size (one box and one line at a time). A malformed row is reported with its
/// line number and skipped alone; the count of skipped rows lands in the branch's report. Not thread safe; run one
/// reader per input (or per slice of an input cut at branch boundaries) and merge.
/// </summary>
public sealed class CsvBallotReader
{
    private const int MaxColumns = 6;

    private readonly Func<BranchId, BallotBox?> openBox;
    private readonly Action<CsvRowError>? onRowError;
    private readonly int[] columnOf = new int[MaxColumns];
    private readonly FieldSlice[] fields = new FieldSlice[MaxColumns];
    private char[] unescaped = new char[256];
    private int columnCount;
    private LineSource? source;
    private BallotBox? box;
    private BranchId branch;
    private string? branchText;
    private string? serial;
    private string? ballotCategory;
    private bool ballotOpen;
    private long pendingSkipped;

    /// <summary>Creates a reader.</summary>
    /// <param name="openBox">Opens the ballot box of a branch when its first row is read (its form, candidates and issued count); null to skip the branch's rows as unknown.</param>
    /// <param name="onRowError">Told of every skipped row, or null.</param>
    public CsvBallotReader(Func<BranchId, BallotBox?> openBox, Action<CsvRowError>? onRowError = null)
    {
        ArgumentNullException.ThrowIfNull(openBox);
        this.openBox = openBox;
        this.onRowError = onRowError;
    }

    private enum Column
    {
        Branch = 0,
        Ballot = 1,
        Candidate = 2,
        Grade = 3,
        Criterion = 4,
        Category = 5,
    }

    /// <summary>Reads UTF-8 CSV from a stream (a UTF-8 byte-order mark is skipped).</summary>
    /// <param name="utf8Csv">The input; read to its end, not closed.</param>
    /// <returns>Each branch's tally, in input order, as the branch ends. Level paths are empty: set them with <c>with</c>.</returns>
    /// <exception cref="InvalidDataException">The header is missing or malformed.</exception>
    public IEnumerable<BranchTally> Read(Stream utf8Csv)
    {
        ArgumentNullException.ThrowIfNull(utf8Csv);
        return ReadLines(new LineSource(utf8Csv));
    }

    /// <summary>Reads CSV text. Invalid input decoded by the reader shows as U+FFFD, and such rows are skipped as badly encoded.</summary>
    /// <param name="csv">The input; read to its end, not closed.</param>
    /// <returns>Each branch's tally, in input order, as the branch ends.</returns>
    /// <exception cref="InvalidDataException">The header is missing or malformed.</exception>
    public IEnumerable<BranchTally> Read(TextReader csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        return ReadLines(new LineSource(csv));
    }

    private IEnumerable<BranchTally> ReadLines(LineSource lines)
    {
        source = lines;
        columnCount = 0;
        box = null;
        branchText = null;
        serial = null;
        ballotOpen = false;
        pendingSkipped = 0;
        while (source.TryReadLine(out var line, out var overlong))
        {
            if (ReadLine(line, overlong) is { } finished)
            {
                yield return finished;
            }
        }

        if (columnCount == 0)
        {
            throw new InvalidDataException("The CSV input is empty: expected a header such as 'branch,ballot,candidate,grade'.");
        }

        if (FinishBranch() is { } last)
        {
            yield return last;
        }
    }

    private BranchTally? ReadLine(ReadOnlySpan<char> line, bool overlong)
    {
        if (source!.LineNumber == 1 && line.Length > 0 && line[0] == '\uFEFF')
        {
            line = line[1..];
        }

        if (overlong)
        {
            Skip($"the line is longer than {LineSource.MaxLineLength} characters");
            return null;
        }

        if (line.IsWhiteSpace())
        {
            return null;
        }

        if (columnCount == 0)
        {
            ReadHeader(line);
            return null;
        }

        if (line.Contains('\uFFFD'))
        {
            Skip("the row is not valid UTF-8");
            return null;
        }

        if (Split(line) is { } problem)
        {
            Skip(problem);
            return null;
        }

        var branchField = Field(line, Column.Branch);
        var serialField = Field(line, Column.Ballot);
        if (branchField.IsEmpty)
        {
            Skip("the branch is empty");
            return null;
        }

        if (serialField.IsEmpty)
        {
            Skip("the ballot serial is empty");
            return null;
        }

        BranchTally? finished = null;
        if (!branchField.SequenceEqual(branchText))
        {
            finished = FinishBranch();
            var text = branchField.ToString();
            branchText = text;
            box = null;
            try
            {
                branch = new BranchId(text);
            }
            catch (ArgumentException e)
            {
                Skip($"the branch '{text}' is not a valid ID ({e.Message})", inReport: false);
                return finished;
            }

            box = openBox(branch);
            box?.AddSkippedRows(pendingSkipped);
            pendingSkipped = box is null ? pendingSkipped : 0;
        }

        if (box is null)
        {
            Skip($"no ballot box for branch '{branchText}'", inReport: false);
            return finished;
        }

        var category = Field(line, Column.Category);
        if (!serialField.SequenceEqual(serial))
        {
            EndBallot();
            serial = serialField.ToString();
            ballotCategory = category.ToString();
            ballotOpen = box.BeginBallot(serial, category) is null;
        }
        else if (!category.SequenceEqual(ballotCategory))
        {
            Skip($"the category '{category}' differs from '{ballotCategory}' on the first row of ballot '{serial}'");
            return finished;
        }

        if (ballotOpen)
        {
            box.MarkChoice(Field(line, Column.Candidate), Field(line, Column.Criterion), Field(line, Column.Grade), null);
        }

        return finished;
    }

    private void ReadHeader(ReadOnlySpan<char> line)
    {
        columnOf.AsSpan().Fill(-1);
        var count = 0;
        foreach (var range in line.Split(','))
        {
            var name = line[range].Trim().Trim('"').ToString().ToLowerInvariant();
            if (!Enum.TryParse<Column>(name, ignoreCase: true, out var column) || !Enum.IsDefined(column) || int.TryParse(name, out _))
            {
                throw new InvalidDataException($"CSV header, line {source!.LineNumber}: unknown column '{name}'; expected branch, ballot, candidate, grade and optionally criterion, category.");
            }

            if (columnOf[(int)column] >= 0)
            {
                throw new InvalidDataException($"CSV header, line {source!.LineNumber}: the column '{name}' appears twice.");
            }

            columnOf[(int)column] = count++;
        }

        foreach (var required in new[] { Column.Branch, Column.Ballot, Column.Candidate, Column.Grade })
        {
            if (columnOf[(int)required] < 0)
            {
                throw new InvalidDataException($"CSV header, line {source!.LineNumber}: the column '{required.ToString().ToLowerInvariant()}' is missing.");
            }
        }

        columnCount = count;
    }

    /// <summary>Splits a row into its fields; returns why it cannot be, or null.</summary>
    private string? Split(ReadOnlySpan<char> line)
    {
        var scratch = 0;
        var field = 0;
        var position = 0;
        while (true)
        {
            if (field == columnCount)
            {
                return $"the row has more than {columnCount} fields";
            }

            if (position < line.Length && line[position] == '"')
            {
                // Quoted: runs to the closing quote; "" inside stands for one quote.
                if (unescaped.Length < scratch + line.Length)
                {
                    Array.Resize(ref unescaped, Math.Max(unescaped.Length * 2, scratch + line.Length));
                }

                var begin = scratch;
                position++;
                while (true)
                {
                    var quote = line[position..].IndexOf('"');
                    if (quote < 0)
                    {
                        return $"field {field + 1} opens a quote that is never closed";
                    }

                    line.Slice(position, quote).CopyTo(unescaped.AsSpan(scratch));
                    scratch += quote;
                    position += quote + 1;
                    if (position < line.Length && line[position] == '"')
                    {
                        unescaped[scratch++] = '"';
                        position++;
                        continue;
                    }

                    break;
                }

                fields[field++] = new FieldSlice(true, begin, scratch - begin);
                if (position == line.Length)
                {
                    break;
                }

                if (line[position] != ',')
                {
                    return $"field {field} has text after its closing quote";
                }

                position++;
                continue;
            }

            // One scan finds the field's end and any stray quote.
            var stop = line[position..].IndexOfAny(',', '"');
            if (stop >= 0 && line[position + stop] == '"')
            {
                return $"field {field + 1} has a quote but is not quoted";
            }

            var length = stop < 0 ? line.Length - position : stop;
            var (trimmedStart, trimmedLength) = TrimBlanks(line.Slice(position, length));
            fields[field++] = new FieldSlice(false, position + trimmedStart, trimmedLength);
            if (stop < 0)
            {
                break;
            }

            position += stop + 1;
        }

        return field == columnCount ? null : $"the row has {field} fields, the header {columnCount}";
    }

    // Spaces and tabs around an unquoted field are not part of it; most fields have none, so test the ends first.
    private static (int Start, int Length) TrimBlanks(ReadOnlySpan<char> raw)
    {
        var start = 0;
        var end = raw.Length;
        while (start < end && (raw[start] == ' ' || raw[start] == '\t'))
        {
            start++;
        }

        while (end > start && (raw[end - 1] == ' ' || raw[end - 1] == '\t'))
        {
            end--;
        }

        return (start, end - start);
    }

    private ReadOnlySpan<char> Field(ReadOnlySpan<char> line, Column column)
    {
        var index = columnOf[(int)column];
        if (index < 0)
        {
            return [];
        }

        var slice = fields[index];
        return slice.Unescaped ? unescaped.AsSpan(slice.Start, slice.Length) : line.Slice(slice.Start, slice.Length);
    }

    private void EndBallot()
    {
        if (ballotOpen)
        {
            box!.EndBallot();
        }

        ballotOpen = false;
    }

    private BranchTally? FinishBranch()
    {
        EndBallot();
        serial = null;
        var finished = box is null ? null : new BranchTally(branch, ImmutableArray<string>.Empty, box.ToTally());
        box = null;
        return finished;
    }

    // A skipped row counts in the report of the branch being read; before the first branch, in the first one's.
    // Rows of a branch that has no box (unknown or invalid ID) belong to no report and are only told.
    private void Skip(string reason, bool inReport = true)
    {
        if (inReport && box is not null)
        {
            box.AddSkippedRows(1);
        }
        else if (inReport && branchText is null)
        {
            pendingSkipped++;
        }

        onRowError?.Invoke(new CsvRowError(source!.LineNumber, reason));
    }

    private readonly record struct FieldSlice(bool Unescaped, int Start, int Length);
}
