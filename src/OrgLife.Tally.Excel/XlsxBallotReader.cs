using System.Text;
using MiniExcelLibs;
using OrgLife.Ids;
using OrgLife.Tally.Box;
using OrgLife.Tally.Formats;
using OrgLife.Tally.Merging;
using OrgLife.Tally.Messages;

namespace OrgLife.Tally.Excel;

/// <summary>
/// Reads an .xlsx tally sheet into ballot boxes. The sheet is turned, row by row, into the CSV long format and read
/// by <see cref="CsvBallotReader"/>, so the grammar, the per-row errors, OL401–OL405 and the counts are exactly the CSV
/// reader's; errors name the sheet row. Two layouts, told apart by the header row: the long format (a <c>grade</c>
/// column: one row per mark, the CSV columns) and the wide format (one row per ballot: <c>branch</c>, <c>ballot</c>,
/// optional <c>category</c>, then one column per mark named <c>candidate/criterion</c>, <c>candidate</c> for the
/// default criterion, or <c>/criterion</c> for the committee section). Rows whose cells are all empty are ignored.
/// Not thread safe; the sheet is held in memory as text (a tally sheet is one branch's size).
/// </summary>
public sealed class XlsxBallotReader
{
    // The CSV reader's longest line (1 Mi characters): a wide row is checked against it before it becomes lines.
    private const int MaxLineChars = 1 << 20;

    private static readonly string[] LongColumns = ["branch", "ballot", "candidate", "criterion", "category", "grade"];

    private readonly Func<BranchId, BallotBox?> openBox;
    private readonly Action<XlsxRowError>? onRowError;

    /// <summary>Creates a reader.</summary>
    /// <param name="openBox">Opens the box of a branch when its first row is read; null for an unknown branch (its rows are reported and skipped).</param>
    /// <param name="onRowError">Told about every skipped row, with its sheet row number; may be null.</param>
    public XlsxBallotReader(Func<BranchId, BallotBox?> openBox, Action<XlsxRowError>? onRowError = null)
    {
        ArgumentNullException.ThrowIfNull(openBox);
        this.openBox = openBox;
        this.onRowError = onRowError;
    }

    /// <summary>Reads the tally sheet and yields each branch's tally as its rows end.</summary>
    /// <param name="xlsx">The workbook.</param>
    /// <param name="sheetName">The sheet; null for the first.</param>
    /// <returns>One <see cref="BranchTally"/> per run of a branch's rows.</returns>
    /// <exception cref="InvalidDataException">The stream is not a readable workbook, the sheet is missing, or the header row is malformed.</exception>
    public IEnumerable<BranchTally> Read(Stream xlsx, string? sheetName = null)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        var sheet = ToCsv(xlsx, sheetName);
        var reader = new CsvBallotReader(openBox, error => Tell(sheet, error));
        return reader.Read(new StringReader(sheet.Csv.ToString()));
    }

    /// <summary>
    /// The census of a tally sheet, for boxes opened without a roster: per run of a branch's rows, every member marked
    /// and the ballots returned, as <see cref="CsvBranchCensus"/> counts them on the CSV the sheet reads as (so the
    /// runs are exactly those <see cref="Read"/> yields).
    /// </summary>
    /// <param name="xlsx">The workbook.</param>
    /// <param name="form">The form of the boxes the census opens.</param>
    /// <param name="sheetName">The sheet; null for the first.</param>
    /// <returns>One census per run of a branch's rows, in sheet order.</returns>
    /// <exception cref="InvalidDataException">The stream is not a readable workbook, the sheet is missing, or the header row is malformed.</exception>
    public static IEnumerable<BranchCensus> Census(Stream xlsx, Forms.BallotForm form, string? sheetName = null)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        ArgumentNullException.ThrowIfNull(form);
        var sheet = ToCsv(xlsx, sheetName);
        return CsvBranchCensus.Read(new MemoryStream(Encoding.UTF8.GetBytes(sheet.Csv.ToString()), writable: false), form);
    }

    // A row the sheet reader skips itself becomes one line the CSV reader cannot read, so it is counted in SkippedRows
    // exactly like a bad CSV row, and told here with the sheet's own reason. A wide row is told once, however many of
    // its lines the CSV reader skips.
    private void Tell(SheetText sheet, CsvRowError error)
    {
        var line = error.LineNumber;
        var row = line >= 1 && line <= sheet.RowOfLine.Count ? sheet.RowOfLine[(int)(line - 1)] : line;
        if (sheet.Told.Add(row))
        {
            onRowError?.Invoke(new XlsxRowError(row, sheet.Reasons.TryGetValue(line, out var reason) ? reason : error.Text));
        }
    }

    private static SheetText ToCsv(Stream xlsx, string? sheetName)
    {
        List<string[]> rows;
        try
        {
            rows = [.. MiniExcel.Query(xlsx, useHeaderRow: false, sheetName: sheetName, excelType: ExcelType.XLSX)
                .Select(row => ((IDictionary<string, object?>)row).Values.Select(SheetCells.Text).ToArray())];
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw TallyInputErrors.Create(
                sheetName is null ? new TallyMessage("Input.WorkbookUnreadable", ("detail", e.Message)) : new TallyMessage("Input.SheetUnreadable", ("sheet", sheetName), ("detail", e.Message)),
                e);
        }

        var header = rows.FindIndex(r => r.Any(cell => cell.Length > 0));
        if (header < 0)
        {
            throw TallyInputErrors.Create(new("Input.SheetEmpty"));
        }

        var names = rows[header].Select(n => n.Trim()).ToArray();
        var width = Array.FindLastIndex(names, n => n.Length > 0) + 1;
        names = names[..width];
        var sheet = new SheetText();
        var isLong = names.Any(n => string.Equals(n, "grade", StringComparison.OrdinalIgnoreCase));
        if (isLong)
        {
            if (names.Any(n => !LongColumns.Contains(n, StringComparer.OrdinalIgnoreCase)))
            {
                throw HeaderProblem(header, new("Header.NotLongColumn", ("columns", string.Join(", ", LongColumns)), ("column", names.First(n => !LongColumns.Contains(n, StringComparer.OrdinalIgnoreCase)))));
            }

            sheet.Line(header + 1, names);
            for (var row = header + 1; row < rows.Count; row++)
            {
                var cells = Fit(rows[row], width);
                if (cells.All(c => c.Length == 0))
                {
                    continue;
                }

                if (LineBreak(cells) is { } reason)
                {
                    sheet.Skipped(row + 1, reason);
                }
                else
                {
                    sheet.Line(row + 1, cells);
                }
            }

            return sheet;
        }

        var branch = Column(names, "branch", header);
        var ballot = Column(names, "ballot", header);
        var category = Array.FindIndex(names, n => string.Equals(n, "category", StringComparison.OrdinalIgnoreCase));
        var marks = Enumerable.Range(0, width).Where(i => i != branch && i != ballot && i != category).ToList();
        if (marks.Count == 0 || marks.Any(i => names[i].Length == 0))
        {
            throw HeaderProblem(header, new("Header.WideNeedsMarks"));
        }

        sheet.Line(header + 1, ["branch", "ballot", "category", "candidate", "criterion", "grade"]);
        var firstRowOfBallot = new Dictionary<(string Branch, string Ballot), long>();
        for (var row = header + 1; row < rows.Count; row++)
        {
            var cells = Fit(rows[row], width);
            if (cells.All(c => c.Length == 0))
            {
                continue;
            }

            // One row is one ballot: a row the CSV reader would read only in part, or merge with another, is skipped whole.
            var reason = LineBreak(cells)
                ?? (cells.Length > width ? new TallyMessage("Sheet.CellPastHeader", ("column", cells.Length)) : null)
                ?? (cells[branch].Length == 0 ? new TallyMessage("Sheet.EmptyBranch") : null)
                ?? (cells[ballot].Length == 0 ? new TallyMessage("Sheet.EmptySerial") : null)
                ?? (cells.Any(c => c.Contains('\uFFFD', StringComparison.Ordinal) || c.Any(char.IsSurrogate)) ? new TallyMessage("Sheet.InvalidCharacter") : null)
                ?? (marks.Any(m => Quoted(cells[branch], cells[ballot], category < 0 ? string.Empty : cells[category], names[m], cells[m]) > MaxLineChars)
                    ? new TallyMessage("Sheet.LineTooLong", ("max", MaxLineChars)) : null)
                ?? (firstRowOfBallot.TryGetValue((cells[branch], cells[ballot]), out var first)
                    ? new TallyMessage("Sheet.DuplicateSerial", ("branch", cells[branch]), ("first", first))
                    : null);
            if (reason is not null)
            {
                sheet.Skipped(row + 1, reason);
                continue;
            }

            firstRowOfBallot.Add((cells[branch], cells[ballot]), row + 1);
            foreach (var mark in marks)
            {
                var slash = names[mark].IndexOf('/', StringComparison.Ordinal);
                var candidate = slash < 0 ? names[mark] : names[mark][..slash];
                var criterion = slash < 0 ? string.Empty : names[mark][(slash + 1)..];
                sheet.Line(row + 1, [cells[branch], cells[ballot], category < 0 ? string.Empty : cells[category], candidate, criterion, cells[mark]]);
            }
        }

        return sheet;
    }

    private static int Column(string[] names, string name, int header)
    {
        var index = Array.FindIndex(names, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index : throw HeaderProblem(header, new("Header.MissingColumn", ("column", name)));
    }

    // The header row (0-based index) is told by its sheet row number.
    private static InvalidDataException HeaderProblem(int header, TallyMessage problem) => TallyInputErrors.Create(new("Input.SheetHeader", ("row", header + 1), ("problem", problem)));

    // A row wider than the header keeps its extra cells so the CSV reader reports the wrong field count.
    private static string[] Fit(string[] cells, int width)
    {
        var used = Math.Max(width, Array.FindLastIndex(cells, c => c.Length > 0) + 1);
        return cells.Length >= used ? cells[..used] : [.. cells, .. Enumerable.Repeat(string.Empty, used - cells.Length)];
    }

    // The length of the CSV line of one mark of a wide row (every field quoted, the mark's name split in two).
    private static long Quoted(params string[] fields) => fields.Sum(f => (long)SheetCells.Quoted(f).Length) + 2 + fields.Length;

    // A cell with a line break cannot be a CSV field (a quoted field does not span lines).
    private static TallyMessage? LineBreak(string[] cells) =>
        cells.Any(c => c.Contains('\n', StringComparison.Ordinal) || c.Contains('\r', StringComparison.Ordinal)) ? new TallyMessage("Sheet.LineBreak") : null;

    /// <summary>The sheet as CSV text, the sheet row of each line, and the rows skipped by the sheet reader with their reasons.</summary>
    private sealed class SheetText
    {
        internal StringBuilder Csv { get; } = new();

        internal List<long> RowOfLine { get; } = [];

        internal Dictionary<long, TallyMessage> Reasons { get; } = [];

        internal HashSet<long> Told { get; } = [];

        internal void Line(long row, IEnumerable<string> fields)
        {
            Csv.AppendJoin(',', fields.Select(SheetCells.Quoted)).Append('\n');
            RowOfLine.Add(row);
        }

        // An unclosed quote: the CSV reader skips and counts the line, and the reason told is this one.
        internal void Skipped(long row, TallyMessage reason)
        {
            Csv.Append("\"\n");
            RowOfLine.Add(row);
            Reasons[RowOfLine.Count] = reason;
        }
    }
}
