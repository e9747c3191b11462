using System.Collections.Immutable;
using System.Numerics;
using System.Text;
using System.Text.Unicode;
using OrgLife.Ids;
using OrgLife.Tally.Box;
using OrgLife.Tally.Merging;
using OrgLife.Tally.Messages;

namespace OrgLife.Tally.Formats;

/// <summary>
/// Streams the CSV long format (one row per mark; grammar in docs/tally.md) into one <see cref="BallotBox"/> per
/// branch and yields each branch's tally as soon as the branch ends. Rows may come in any order: input whose
/// branches' and ballots' rows are contiguous is streamed with memory bounded whatever its size (one box and one line
/// at a time); other input is regrouped in memory up to <see cref="RegroupLimit"/> and refused past it, naming the
/// line (docs/tally.md, "Row order"). A second copy of a ballot is rejected as a duplicate (OL402). A malformed row is
/// reported with its line number and skipped alone; the count of skipped rows lands in the branch's report. Not
/// thread safe; run one reader per input (or per slice of an input cut at branch boundaries) and merge.
/// </summary>
public sealed partial class CsvBallotReader
{
    private const int MaxColumns = 6;

    // The header's names of the columns, in the order of Column.
    private static readonly string[] ColumnNames = ["branch", "ballot", "candidate", "grade", "criterion", "category"];

    private readonly Func<BranchId, BallotBox?> openBox;
    private readonly Action<CsvRowError>? onRowError;
    private readonly bool fastPath;

    // Census mode (CsvBranchCensus): rows are counted per branch instead of tallied; no box is opened.
    private readonly BranchCensusCounter? census;
    private readonly int[] columnOf = new int[MaxColumns];
    private readonly FieldSlice[] fields = new FieldSlice[MaxColumns];
    private char[] unescaped = new char[256];
    private char[] decoded = new char[256];
    private int columnCount;
    private long lineNumber;
    private BallotBox? box;
    private BranchId branch;
    private string? branchText;
    private string? serial;
    private string? ballotCategory;
    private byte[] branchBytes = [];
    private byte[] serialBytes = new byte[64];
    private int serialLength;
    private byte[] categoryBytes = new byte[64];
    private int categoryLength;
    private ShortKey branchKey = ShortKey.None;
    private ShortKey serialKey = ShortKey.None;
    private ShortKey categoryKey = ShortKey.None;
    private bool ballotOpen;
    private long pendingSkipped;

    // What a contiguous reading has seen: branches ended, and the serials of the branch being read. Rows found apart
    // from their branch's or ballot's earlier rows stop the reading (only input too large to regroup gets here).
    private readonly HashSet<string> endedBranches = new(StringComparer.Ordinal);
    private readonly HashSet<string> branchSerials = new(StringComparer.Ordinal);

    // Set when a branch (its box, or its census) has just ended, so the run stops and the branch is handed out.
    private bool branchEnded;

    // The structural scan of the fast path: the mask of the 64 bytes at scanBase, with the bits already taken cleared;
    // scanNext is where the scan stands (just past the last line it split).
    private int scanBase;
    private ulong scanBits;
    private int scanNext = -1;

    /// <summary>Creates a reader.</summary>
    /// <param name="openBox">Opens the ballot box of a branch when its first row is read (its form, candidates and issued count); null to skip the branch's rows as unknown.</param>
    /// <param name="onRowError">Told of every skipped row, or null.</param>
    public CsvBallotReader(Func<BranchId, BallotBox?> openBox, Action<CsvRowError>? onRowError = null)
        : this(openBox, onRowError, fastPath: true)
    {
    }

    /// <summary>Creates a reader; without the fast path every line is decoded and read the general way (the reference the fast path is tested against).</summary>
    internal CsvBallotReader(Func<BranchId, BallotBox?> openBox, Action<CsvRowError>? onRowError, bool fastPath)
    {
        ArgumentNullException.ThrowIfNull(openBox);
        this.openBox = openBox;
        this.onRowError = onRowError;
        this.fastPath = fastPath;
    }

    /// <summary>
    /// A reader in census mode: the same grammar and the same rows skipped, but each branch's candidates and ballots
    /// are counted into <paramref name="census"/> instead of tallied. Plain rows are read on their bytes as in the
    /// reader; without <paramref name="fastPath"/> every line goes the general way (the reference).
    /// </summary>
    internal CsvBallotReader(BranchCensusCounter census, bool fastPath = true)
        : this(_ => null, onRowError: null, fastPath) => this.census = census;

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
        return ReadArranged(utf8Csv, null).OfType<BranchTally>();
    }

    /// <summary>Reads CSV text. Invalid input decoded by the reader shows as U+FFFD, and such rows (and rows with a lone surrogate) are skipped as badly encoded.</summary>
    /// <param name="csv">The input; read to its end, not closed.</param>
    /// <returns>Each branch's tally, in input order, as the branch ends.</returns>
    /// <exception cref="InvalidDataException">The header is missing or malformed.</exception>
    public IEnumerable<BranchTally> Read(TextReader csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        return ReadArranged(null, csv).OfType<BranchTally>();
    }

    /// <summary>Reads the input; one step each time a branch ends, with its tally (null in census mode, where the census holds it).</summary>
    internal IEnumerable<BranchTally?> ReadLines(Utf8LineBuffer input)
    {
        columnCount = 0;
        lineNumber = 0;
        leadLength = 0;
        box = null;
        branchText = null;
        branchBytes = [];
        branchKey = ShortKey.None;
        serial = null;
        ballotOpen = false;
        pendingSkipped = 0;
        branchEnded = false;
        endedBranches.Clear();
        branchSerials.Clear();
        while (true)
        {
            var fill = input.Fill();
            if (fill == Utf8LineBuffer.FillResult.End)
            {
                break;
            }

            if (fill == Utf8LineBuffer.FillResult.Overlong)
            {
                lineNumber++;
                Skip(new("Row.LineTooLong", ("max", Utf8LineBuffer.MaxLineLength)));
                continue;
            }

            scanNext = -1;
            blanksInRun = input.Buffer.AsSpan(input.Start, input.LinesEnd - input.Start).IndexOfAny((byte)' ', (byte)'\t') >= 0;
            while (input.Start < input.LinesEnd)
            {
                var finished = ReadRun(input);
                if (branchEnded)
                {
                    branchEnded = false;
                    yield return finished;
                }
            }
        }

        if (columnCount == 0)
        {
            throw TallyInputErrors.Create(new("Input.CsvEmpty"));
        }

        var last = FinishBranch();
        if (branchEnded)
        {
            yield return last;
        }
    }

    /// <summary>Reads whole lines from the buffer until they run out or a branch ends; returns the finished branch.</summary>
    private BranchTally? ReadRun(Utf8LineBuffer input)
    {
        var bytes = input.Buffer;
        var end = input.LinesEnd;
        var position = input.Start;
        linesEnd = end;
        cleanTo = -1;
        dirtyTo = -1;
        Span<int> bounds = stackalloc int[2 * MaxColumns];
        while (position < end)
        {
            lineNumber++;
            BranchTally? finished;
            var lineEnd = -1;
            var sameBallot = leadLength > 0 && StartsWithLead(bytes, position, end);
            if (fastPath && columnCount > 0 && TrySplitPlain(bytes, position, sameBallot ? leadLength : 0, bounds, out lineEnd))
            {
                finished = ReadPlainRow(bytes, position, lineEnd, bounds, sameBallot);
            }
            else
            {
                lineEnd = lineEnd >= 0 ? lineEnd : bytes.AsSpan(position, end - position).IndexOf((byte)'\n') + position;
                finished = ReadEncodedLine(bytes.AsSpan(position, lineEnd - position));
            }

            position = lineEnd + 1;
            if (branchEnded)
            {
                input.Start = position;
                return finished;
            }
        }

        input.Start = position;
        return null;
    }

    // The general path of a mark: decode the three fields and let the box resolve them as text.
    private void MarkDecoded(ReadOnlySpan<byte> candidate, ReadOnlySpan<byte> criterion, ReadOnlySpan<byte> grade)
    {
        var total = candidate.Length + criterion.Length + grade.Length;
        if (decoded.Length < total)
        {
            Array.Resize(ref decoded, Math.Max(decoded.Length * 2, total));
        }

        var candidateLength = Encoding.UTF8.GetChars(candidate, decoded);
        var criterionLength = Encoding.UTF8.GetChars(criterion, decoded.AsSpan(candidateLength));
        var gradeLength = Encoding.UTF8.GetChars(grade, decoded.AsSpan(candidateLength + criterionLength));
        box!.MarkChoice(
            decoded.AsSpan(0, candidateLength),
            decoded.AsSpan(candidateLength, criterionLength),
            decoded.AsSpan(candidateLength + criterionLength, gradeLength),
            null);
        RejectSecondCopy();
    }

    // A row named a column its ballot had already named on an earlier row: a second copy of the ballot has begun
    // (docs/tally.md, "Row order"). The first copy is accepted as read; the second is rejected under OL402.
    private void RejectSecondCopy()
    {
        if (!box!.SecondCopy)
        {
            return;
        }

        EndBallot();
        ballotOpen = box.BeginBallot(serial!, ballotCategory) is null;
    }

    /// <summary>The general path: one line (without its '\n'), decoded and read with every check.</summary>
    private BranchTally? ReadEncodedLine(ReadOnlySpan<byte> utf8Line)
    {
        if (utf8Line.Length > Utf8LineBuffer.MaxLineLength && Utf8LineBuffer.CharCount(utf8Line) - (utf8Line[^1] == (byte)'\r' ? 1 : 0) > Utf8LineBuffer.MaxLineLength)
        {
            Skip(new("Row.LineTooLong", ("max", Utf8LineBuffer.MaxLineLength)));
            return null;
        }

        if (decoded.Length < utf8Line.Length)
        {
            Array.Resize(ref decoded, Math.Max(decoded.Length * 2, utf8Line.Length));
        }

        var length = Encoding.UTF8.GetChars(utf8Line, decoded);
        return ReadLine(TrimCarriageReturn(decoded.AsSpan(0, length)));
    }

    private static ReadOnlySpan<char> TrimCarriageReturn(ReadOnlySpan<char> line) =>
        line.Length > 0 && line[^1] == '\r' ? line[..^1] : line;

    private BranchTally? ReadLine(ReadOnlySpan<char> line)
    {
        // A byte-order mark may start any line: concatenated files each bring theirs.
        if (line.Length > 0 && line[0] == '\uFEFF')
        {
            line = line[1..];
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

        if (TryRepeatedHeader(line))
        {
            if (chunk != ChunkMode.None)
            {
                throw new ChunkNotReadableException();
            }

            return null;
        }

        if (line.Contains('\uFFFD'))
        {
            Skip(new("Row.NotUtf8"));
            return null;
        }

        if (Split(line) is { } problem)
        {
            Skip(problem);
            return null;
        }

        var branchField = Field(line, Column.Branch);
        var serialField = Field(line, Column.Ballot);
        var newBranch = branchField.IsEmpty || branchField.SequenceEqual(branchText) ? null : branchField.ToString();
        if (!TryEnterRow(branchField.IsEmpty, serialField.IsEmpty, newBranch, out var finished))
        {
            CheckUnboxedOrder(branchField.IsEmpty, serialField);
            return finished;
        }

        var category = Field(line, Column.Category);
        if (!serialField.SequenceEqual(serial))
        {
            StartBallot(serialField.ToString(), category.ToString());
        }
        else if (!category.SequenceEqual(ballotCategory))
        {
            SkipCategory(category.ToString());
            return finished;
        }

        census?.Row(Field(line, Column.Candidate), Field(line, Column.Criterion), Field(line, Column.Grade));

        if (ballotOpen)
        {
            box!.MarkChoice(Field(line, Column.Candidate), Field(line, Column.Criterion), Field(line, Column.Grade), null);
            RejectSecondCopy();
        }

        return finished;
    }

    // What every split row goes through, on either path: the empty-field checks, a change of branch, and a box for
    // it. False when the row is skipped; finished is the branch the row ended, if any.
    private bool TryEnterRow(bool branchEmpty, bool serialEmpty, string? newBranch, out BranchTally? finished)
    {
        finished = null;
        if (branchEmpty)
        {
            Skip(new("Row.EmptyBranch"));
            return false;
        }

        if (serialEmpty)
        {
            Skip(new("Row.EmptySerial"));
            return false;
        }

        if (newBranch is not null)
        {
            finished = FinishBranch();
            if (!EnterBranch(newBranch))
            {
                return false;
            }
        }

        if (box is null && census is not { InBranch: true })
        {
            Skip(new("Row.NoBox", ("branch", branchText ?? string.Empty)), inReport: false);
            return false;
        }

        return true;
    }

    // A new branch starts (the previous one is finished): false when its ID is invalid (the row is then skipped).
    private bool EnterBranch(string text)
    {
        leadLength = 0;
        if (branchText is not null)
        {
            endedBranches.Add(branchText);
        }

        if (endedBranches.Contains(text))
        {
            throw RowsApart(new("Apart.Branch", ("branch", text), ("line", ReportedLine)));
        }

        branchSerials.Clear();
        unboxedSerial = null;
        branchText = text;
        branchBytes = Encoding.UTF8.GetBytes(text);
        branchKey = ShortKey.Of(branchBytes);
        box = null;
        try
        {
            branch = new BranchId(text);
        }
        catch (ArgumentException e)
        {
            Skip(new("Row.InvalidBranch", ("branch", text), ("detail", e.Message)), inReport: false);
            return false;
        }

        if (census is not null)
        {
            census.Enter(branch);
            return true;
        }

        box = openBox(branch);
        box?.DetectSecondCopies();
        box?.AddSkippedRows(pendingSkipped);
        pendingSkipped = box is null ? pendingSkipped : 0;
        return true;
    }

    private void StartBallot(string newSerial, string category) =>
        StartBallot(newSerial, Encoding.UTF8.GetBytes(newSerial), category, Encoding.UTF8.GetBytes(category));

    // From the byte path: the texts are decoded once and the bytes kept as they are.
    private void StartBallot(ReadOnlySpan<byte> newSerial, ReadOnlySpan<byte> category) =>
        StartBallot(Encoding.UTF8.GetString(newSerial), newSerial, category.IsEmpty ? string.Empty : Encoding.UTF8.GetString(category), category);

    private void StartBallot(string newSerial, ReadOnlySpan<byte> newSerialBytes, string category, ReadOnlySpan<byte> newCategoryBytes)
    {
        if (!branchSerials.Add(newSerial))
        {
            throw RowsApart(new("Apart.Ballot", ("branch", branchText ?? string.Empty), ("line", ReportedLine)));
        }

        EndBallot();
        serial = newSerial;
        serialLength = Remember(newSerialBytes, ref serialBytes);
        serialKey = ShortKey.Of(newSerialBytes);
        ballotCategory = category;
        categoryLength = Remember(newCategoryBytes, ref categoryBytes);
        categoryKey = ShortKey.Of(newCategoryBytes);
        census?.CountBallot(category);
        ballotOpen = box is not null && box.BeginBallot(serial, category) is null;
    }

    // Keeps bytes in a reused buffer; returns their length.
    private static int Remember(ReadOnlySpan<byte> text, ref byte[] buffer)
    {
        if (buffer.Length < text.Length)
        {
            buffer = new byte[Math.Max(buffer.Length * 2, text.Length)];
        }

        text.CopyTo(buffer);
        return text.Length;
    }

    // Names no serial (OL405): the line number says which ballot.
    private void SkipCategory(string category) =>
        Skip(new("Row.CategoryDiffers", ("category", category), ("first", ballotCategory ?? string.Empty)));

    private void ReadHeader(ReadOnlySpan<char> line)
    {
        if (ParseHeader(line, columnOf, out var count) is { } problem)
        {
            throw TallyInputErrors.Create(new("Input.CsvHeader", ("line", ReportedLine), ("problem", problem)));
        }

        columnCount = count;
        RememberFieldSlots();
    }

    /// <summary>
    /// A later line that is a whole header (the header of a file concatenated to this one, with or without its
    /// byte-order mark) is not a row: its columns apply from here on. True when the line was one.
    /// </summary>
    private bool TryRepeatedHeader(ReadOnlySpan<char> line)
    {
        var first = line.TrimStart(" \t\"");
        var stop = first.IndexOfAny(",\" \t");
        if (ColumnNamed(stop < 0 ? first : first[..stop]) < 0)
        {
            return false;
        }

        Span<int> columns = stackalloc int[MaxColumns];
        if (ParseHeader(line, columns, out var count) is not null)
        {
            return false;
        }

        if (count != columnCount || !columns.SequenceEqual(columnOf))
        {
            columns.CopyTo(columnOf);
            columnCount = count;
            RememberFieldSlots();
        }

        // The open ballot stays open (its rows may continue under the new header); only the byte lead is the old layout's.
        leadLength = 0;
        return true;
    }

    // Reads a header line into columns (each column's field index, or −1); returns why it is not a header, or null.
    private static TallyMessage? ParseHeader(ReadOnlySpan<char> line, Span<int> columns, out int count)
    {
        columns.Fill(-1);
        count = 0;
        foreach (var range in line.Split(','))
        {
            var name = line[range].Trim().Trim('"');
            var column = ColumnNamed(name);
            if (column < 0)
            {
                return new("Header.UnknownColumn", ("column", name.ToString().ToLowerInvariant()));
            }

            if (columns[column] >= 0)
            {
                return new("Header.DuplicateColumn", ("column", name.ToString().ToLowerInvariant()));
            }

            columns[column] = count++;
        }

        foreach (var required in new[] { Column.Branch, Column.Ballot, Column.Candidate, Column.Grade })
        {
            if (columns[(int)required] < 0)
            {
                return new("Header.MissingColumn", ("column", required.ToString().ToLowerInvariant()));
            }
        }

        return null;
    }

    // The column a header name stands for (any case), or −1.
    private static int ColumnNamed(ReadOnlySpan<char> name)
    {
        for (var column = 0; column < ColumnNames.Length; column++)
        {
            if (name.Equals(ColumnNames[column], StringComparison.OrdinalIgnoreCase))
            {
                return column;
            }
        }

        return -1;
    }

    /// <summary>Splits a row into its fields; returns why it cannot be, or null.</summary>
    private TallyMessage? Split(ReadOnlySpan<char> line)
    {
        var scratch = 0;
        var field = 0;
        var position = 0;
        while (true)
        {
            if (field == columnCount)
            {
                return new("Row.TooManyFields", ("count", columnCount));
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
                        return new("Row.UnclosedQuote", ("field", field + 1));
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
                    return new("Row.TextAfterQuote", ("field", field));
                }

                position++;
                continue;
            }

            // One scan finds the field's end and any stray quote.
            var stop = line[position..].IndexOfAny(',', '"');
            if (stop >= 0 && line[position + stop] == '"')
            {
                return new("Row.StrayQuote", ("field", field + 1));
            }

            var length = stop < 0 ? line.Length - position : stop;
            var (trimmedStart, trimmedLength) = TrimBlanks<char>(line.Slice(position, length));
            fields[field++] = new FieldSlice(false, position + trimmedStart, trimmedLength);
            if (stop < 0)
            {
                break;
            }

            position += stop + 1;
        }

        return field == columnCount ? null : new("Row.FieldCount", ("count", field), ("header", columnCount));
    }

    // Spaces and tabs around an unquoted field are not part of it; most fields have none, so test the ends first.
    private static (int Start, int Length) TrimBlanks<T>(ReadOnlySpan<T> raw)
        where T : unmanaged, IBinaryInteger<T>
    {
        var space = T.CreateTruncating(' ');
        var tab = T.CreateTruncating('\t');
        var start = 0;
        var end = raw.Length;
        while (start < end && (raw[start] == space || raw[start] == tab))
        {
            start++;
        }

        while (end > start && (raw[end - 1] == space || raw[end - 1] == tab))
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
        leadLength = 0;
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
        serialLength = 0;
        serialKey = ShortKey.None;
        branchEnded = box is not null || (census is not null && census.Finish());
        var finished = box is null ? null : new BranchTally(branch, ImmutableArray<string>.Empty, box.ToTally());
        box = null;
        return finished;
    }

    // A skipped row counts in the report of the branch being read; before the first branch, in the first one's.
    // Rows of a branch that has no box (unknown or invalid ID) belong to no report and are only told.
    private void Skip(TallyMessage reason, bool inReport = true)
    {
        if (inReport && box is not null)
        {
            box.AddSkippedRows(1);
        }
        else if (inReport && branchText is null)
        {
            pendingSkipped++;
        }

        onRowError?.Invoke(new CsvRowError(ReportedLine, reason));
    }

    private readonly record struct FieldSlice(bool Unescaped, int Start, int Length);
}
