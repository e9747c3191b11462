using System.Text;
using MiniExcelLibs;
using OrgLife.Ids;
using OrgLife.Tally.Box;
using OrgLife.Tally.Formats;
using OrgLife.Tally.Merging;

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
        var (csv, rowOfLine) = ToCsv(xlsx, sheetName);
        var reader = new CsvBallotReader(openBox, error => onRowError?.Invoke(new XlsxRowError(RowOf(rowOfLine, error.LineNumber), error.Reason)));
        return reader.Read(new StringReader(csv));
    }

    private static long RowOf(List<long> rowOfLine, long line) => line >= 1 && line <= rowOfLine.Count ? rowOfLine[(int)(line - 1)] : line;

    private (string Csv, List<long> RowOfLine) ToCsv(Stream xlsx, string? sheetName)
    {
        List<string[]> rows;
        try
        {
            rows = [.. MiniExcel.Query(xlsx, useHeaderRow: false, sheetName: sheetName, excelType: ExcelType.XLSX)
                .Select(row => ((IDictionary<string, object?>)row).Values.Select(SheetCells.Text).ToArray())];
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InvalidDataException($"The workbook cannot be read as .xlsx{(sheetName is null ? string.Empty : $" (sheet '{sheetName}')")}: {e.Message}", e);
        }

        var header = rows.FindIndex(r => r.Any(cell => cell.Length > 0));
        if (header < 0)
        {
            throw new InvalidDataException("The sheet is empty: a header row is needed.");
        }

        var names = rows[header].Select(n => n.Trim()).ToArray();
        var width = Array.FindLastIndex(names, n => n.Length > 0) + 1;
        names = names[..width];
        var csv = new StringBuilder();
        var rowOfLine = new List<long>();
        var isLong = names.Any(n => string.Equals(n, "grade", StringComparison.OrdinalIgnoreCase));
        if (isLong)
        {
            if (names.Any(n => !LongColumns.Contains(n, StringComparer.OrdinalIgnoreCase)))
            {
                throw new InvalidDataException($"Row {header + 1}: the long format's columns are {string.Join(", ", LongColumns)}; '{names.First(n => !LongColumns.Contains(n, StringComparer.OrdinalIgnoreCase))}' is not one.");
            }

            Line(csv, rowOfLine, header + 1, names);
            for (var row = header + 1; row < rows.Count; row++)
            {
                var cells = Fit(rows[row], width);
                if (Usable(cells, row + 1))
                {
                    Line(csv, rowOfLine, row + 1, cells);
                }
            }

            return (csv.ToString(), rowOfLine);
        }

        var branch = Column(names, "branch", header);
        var ballot = Column(names, "ballot", header);
        var category = Array.FindIndex(names, n => string.Equals(n, "category", StringComparison.OrdinalIgnoreCase));
        var marks = Enumerable.Range(0, width).Where(i => i != branch && i != ballot && i != category).ToList();
        if (marks.Count == 0 || marks.Any(i => names[i].Length == 0))
        {
            throw new InvalidDataException($"Row {header + 1}: the wide format needs one named column per mark (candidate/criterion, candidate, or /criterion) after branch, ballot and category.");
        }

        Line(csv, rowOfLine, header + 1, ["branch", "ballot", "category", "candidate", "criterion", "grade"]);
        for (var row = header + 1; row < rows.Count; row++)
        {
            var cells = Fit(rows[row], width);
            if (!Usable(cells, row + 1))
            {
                continue;
            }

            foreach (var mark in marks)
            {
                var slash = names[mark].IndexOf('/', StringComparison.Ordinal);
                var candidate = slash < 0 ? names[mark] : names[mark][..slash];
                var criterion = slash < 0 ? string.Empty : names[mark][(slash + 1)..];
                Line(csv, rowOfLine, row + 1, [cells[branch], cells[ballot], category < 0 ? string.Empty : cells[category], candidate, criterion, cells[mark]]);
            }
        }

        return (csv.ToString(), rowOfLine);
    }

    private static int Column(string[] names, string name, int header)
    {
        var index = Array.FindIndex(names, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index : throw new InvalidDataException($"Row {header + 1}: the column '{name}' is missing.");
    }

    // A row wider than the header keeps its extra cells so the CSV reader reports the wrong field count.
    private static string[] Fit(string[] cells, int width)
    {
        var used = Math.Max(width, Array.FindLastIndex(cells, c => c.Length > 0) + 1);
        return cells.Length >= used ? cells[..used] : [.. cells, .. Enumerable.Repeat(string.Empty, used - cells.Length)];
    }

    // Empty rows are ignored, as blank CSV lines are; a cell with a line break cannot be a CSV field and skips its row.
    private bool Usable(string[] cells, long row)
    {
        if (cells.All(c => c.Length == 0))
        {
            return false;
        }

        if (cells.Any(c => c.Contains('\n', StringComparison.Ordinal) || c.Contains('\r', StringComparison.Ordinal)))
        {
            onRowError?.Invoke(new XlsxRowError(row, "a cell holds a line break; the row is skipped"));
            return false;
        }

        return true;
    }

    private static void Line(StringBuilder csv, List<long> rowOfLine, long row, IEnumerable<string> fields)
    {
        csv.AppendJoin(',', fields.Select(SheetCells.Quoted)).Append('\n');
        rowOfLine.Add(row);
    }
}
