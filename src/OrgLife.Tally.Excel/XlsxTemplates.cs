using MiniExcelLibs;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;

namespace OrgLife.Tally.Excel;

/// <summary>
/// Writes spreadsheets for a form: a printable blank ballot (民主测评表) and a blank tally sheet in the wide format
/// that <see cref="XlsxBallotReader"/> reads back. Pure: the same form and candidates give the same cells.
/// </summary>
public static class XlsxTemplates
{
    /// <summary>
    /// Writes a tally sheet with the header row of the wide format — <c>branch</c>, <c>ballot</c>, <c>category</c>,
    /// then one column per graded candidate and criterion (<c>m1/理想信念</c>; just <c>m1</c> when the form has one
    /// criterion) and per committee criterion (<c>/支部班子</c>) — and a second sheet, <c>levels</c>, listing what each
    /// criterion accepts. Probationary candidates get no column (OL404).
    /// </summary>
    /// <param name="output">Where the workbook is written.</param>
    /// <param name="form">The form.</param>
    /// <param name="candidates">The candidates.</param>
    public static void WriteTallySheet(Stream output, BallotForm form, AssessmentCandidates candidates)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(candidates);
        var header = new List<string> { "branch", "ballot", "category" };
        foreach (var candidate in candidates.Graded)
        {
            header.AddRange(form.Criteria.Select(c => form.Criteria.Length == 1 ? candidate.Value : $"{candidate.Value}/{c.Name}"));
        }

        header.AddRange(form.CommitteeCriteria.Select(c => "/" + c.Name));
        var levels = form.Criteria.Concat(form.CommitteeCriteria).Select(c => new Dictionary<string, object?>
        {
            ["criterion"] = c.Name,
            ["accepts"] = Accepts(c.Scale),
        }).ToList();
        var sheets = new Dictionary<string, object>
        {
            ["ballots"] = new[] { header.ToDictionary(h => h, _ => (object?)null) },
            ["levels"] = levels,
            ["categories"] = form.VoterCategories.Select(c => new Dictionary<string, object?> { ["category"] = c.Name }).ToList(),
        };
        MiniExcel.SaveAs(output, sheets, excelType: ExcelType.XLSX);
    }

    /// <summary>
    /// Writes a printable blank ballot: the form's title, the voter categories to tick, one row per graded candidate
    /// with one cell per criterion listing its boxes (□优秀 □合格 …, or the score range), then the committee section.
    /// </summary>
    /// <param name="output">Where the workbook is written.</param>
    /// <param name="form">The form.</param>
    /// <param name="candidates">The candidates; only graded candidates are listed.</param>
    /// <param name="names">The printed name of each candidate by member ID, or null to print the IDs.</param>
    public static void WriteBlankBallot(Stream output, BallotForm form, AssessmentCandidates candidates, IReadOnlyDictionary<string, string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(candidates);
        const string Who = "被测评人";
        var rows = new List<Dictionary<string, object?>>();
        Dictionary<string, object?> Row(string first) => new() { [Who] = first };
        var title = Row(form.Name);
        var categories = Row("参评人员类别：" + string.Join(" ", form.VoterCategories.Select(c => "□" + c.Name)));
        rows.Add(categories);
        foreach (var candidate in candidates.Graded)
        {
            var row = Row(names is not null && names.TryGetValue(candidate.Value, out var name) ? name : candidate.Value);
            foreach (var criterion in form.Criteria)
            {
                row[criterion.Name] = Boxes(criterion.Scale);
            }

            rows.Add(row);
        }

        foreach (var criterion in form.CommitteeCriteria)
        {
            var row = Row("支部班子：" + criterion.Name);
            row[form.Criteria[0].Name] = Boxes(criterion.Scale);
            rows.Add(row);
        }

        // Every row carries every column so the header lists all criteria.
        foreach (var row in rows.Prepend(title))
        {
            foreach (var criterion in form.Criteria)
            {
                row.TryAdd(criterion.Name, null);
            }
        }

        MiniExcel.SaveAs(output, new Dictionary<string, object> { ["ballot"] = rows.Prepend(title).ToList() }, excelType: ExcelType.XLSX);
    }

    private static string Boxes(Scale scale) => scale.IsScore
        ? $"（{scale.ScoreText(scale.ScoreMin)}–{scale.ScoreText(scale.ScoreMax)} 分）"
        : string.Join(" ", scale.Levels.Select(l => "□" + l.Name));

    private static string Accepts(Scale scale) => scale.IsScore
        ? $"{(scale.Decimals == 0 ? "a whole score" : "a score with at most one decimal")} {scale.ScoreText(scale.ScoreMin)}–{scale.ScoreText(scale.ScoreMax)}"
        : string.Join(" / ", scale.Levels.Select(l => $"{l.Name} ({l.Code})"));
}
