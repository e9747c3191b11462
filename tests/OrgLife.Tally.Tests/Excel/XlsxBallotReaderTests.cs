using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using MiniExcelLibs;
using OrgLife.Ids;
using OrgLife.Tally.Box;
using OrgLife.Tally.Excel;
using OrgLife.Tally.Formats;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Merging;

namespace OrgLife.Tally.Tests.Excel;

public sealed class XlsxBallotReaderTests
{
    private static readonly AssessmentCandidates Candidates = new([new MemberId("m1"), new MemberId("m2")], [new MemberId("p1")]);

    private static MemoryStream Workbook(IEnumerable<object?[]> rows)
    {
        var stream = new MemoryStream();
        var list = rows.Select(r => r.Select((v, i) => (Key: ((char)('A' + i)).ToString(), Value: v)).ToDictionary(p => p.Key, p => p.Value)).ToList();
        MiniExcel.SaveAs(stream, list, printHeader: false, excelType: ExcelType.XLSX);
        stream.Position = 0;
        return stream;
    }

    private static AssessmentTally ReadCsv(BallotForm form, string csv) =>
        Assert.Single(new CsvBallotReader(_ => new BallotBox(form, Candidates, 10)).Read(new StringReader(csv))).Tally;

    [Fact]
    public void A_long_format_sheet_counts_exactly_as_the_same_csv_with_errors_by_sheet_row()
    {
        object?[][] rows =
        [
            ["branch", "ballot", "category", "candidate", "criterion", "grade"],
            ["B1", 1d, "党员", "m1", "得分", 95d],
            ["B1", 1d, "党员", "m2", "得分", 40d],
            [null, null, null, null, null, null],
            ["B1", 2d, "党员", "m1", "得分", 95.5d],
            ["B1", null, "党员", "m2", "得分", 60d],
            ["B1", 3d, "党员", "p1", "得分", 70d],
            ["B1", 3d, "党员", "m1", "得分", "  88 "],
        ];
        var errors = new List<XlsxRowError>();
        var tally = Assert.Single(new XlsxBallotReader(_ => new BallotBox(TestForms.ScoreForm, Candidates, 10), errors.Add).Read(Workbook(rows))).Tally;
        var csv = ReadCsv(TestForms.ScoreForm, "branch,ballot,category,candidate,criterion,grade\nB1,1,党员,m1,得分,95\nB1,1,党员,m2,得分,40\nB1,2,党员,m1,得分,95.5\nB1,,党员,m2,得分,60\nB1,3,党员,p1,得分,70\nB1,3,党员,m1,得分,88\n");
        Assert.Equal(csv.ToReport(OrgLife.Tally.Reports.SuggestionRule.Default).Candidates.Select(c => c.Criteria[0].Combined.LevelCounts.ToArray()),
            tally.ToReport(OrgLife.Tally.Reports.SuggestionRule.Default).Candidates.Select(c => c.Criteria[0].Combined.LevelCounts.ToArray()));
        Assert.Equal(csv.Accepted, tally.Accepted);
        Assert.Equal(1, tally.ToReport(OrgLife.Tally.Reports.SuggestionRule.Default).Candidates[0].Criteria[0].Combined.VoidMarks); // 95.5 is no whole score
        Assert.Equal(6, Assert.Single(errors).Row); // the empty serial, on sheet row 6
    }

    [Fact]
    public void The_tally_sheet_template_filled_in_reads_back_like_submitted_ballots()
    {
        var form = TestForms.SixCriteriaTwoCategories;
        using var template = new MemoryStream();
        XlsxTemplates.WriteTallySheet(template, form, Candidates);
        template.Position = 0;
        var header = ((IDictionary<string, object?>)MiniExcel.Query(template, useHeaderRow: false, sheetName: "ballots").First()).Values.Select(v => (string)v!).ToArray();
        Assert.Equal(3 + (2 * 6) + 1, header.Length);
        Assert.Equal("m1/理想信念", header[3]);
        Assert.Equal("/支部班子", header[^1]);

        var filled = new List<object?[]> { header };
        var box = new BallotBox(form, Candidates, 10);
        var random = new Random(12);
        for (var ballot = 1; ballot <= 8; ballot++)
        {
            var category = form.VoterCategories[ballot % 2].Name;
            var row = new object?[header.Length];
            (row[0], row[1], row[2]) = ("B1", (double)ballot, category);
            var marks = new List<Mark>();
            for (var column = 3; column < header.Length; column++)
            {
                var slash = header[column].IndexOf('/', StringComparison.Ordinal);
                var criterion = form.Criteria.Concat(form.CommitteeCriteria).First(c => c.Name == header[column][(slash + 1)..]);
                var pick = random.Next(criterion.Scale.LevelCount + 1);
                var level = pick == 0 ? null : criterion.Scale.Levels[pick - 1].Name;
                row[column] = level;
                marks.Add(new Mark(slash == 0 ? null : header[column][..slash], criterion.Name, level is null ? [] : [level]));
            }

            filled.Add(row);
            box.Submit(new Ballot(ballot.ToString(System.Globalization.CultureInfo.InvariantCulture), category, marks));
        }

        var read = Assert.Single(new XlsxBallotReader(_ => new BallotBox(form, Candidates, 10)).Read(Workbook(filled))).Tally;
        Assert.Equal(box.ToTally(), read);
    }

    [Fact]
    public void A_cell_with_a_line_break_skips_its_row_alone_and_counts_it_as_skipped()
    {
        object?[][] rows = [["branch", "ballot", "candidate", "grade"], ["B1", "1", "m1", "优秀\n合格"], ["B1", "2", "m1", "合格"]];
        var errors = new List<XlsxRowError>();
        var tally = Assert.Single(new XlsxBallotReader(_ => new BallotBox(BallotForms.FourGrades, Candidates, 10), errors.Add).Read(Workbook(rows))).Tally;
        Assert.Equal(1, tally.Accepted);
        Assert.Equal(1, tally.SkippedRows);
        var error = Assert.Single(errors);
        Assert.Equal(2, error.Row);
        Assert.Contains("line break", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_skipped_sheet_row_reads_in_English_exactly_as_before_and_in_Chinese_for_a_zh_culture()
    {
        object?[][] rows = [["branch", "ballot", "m1"], ["B1", "1", "优秀"], [null, "2", "合格"], ["B1", "1", "合格"]];
        var errors = new List<XlsxRowError>();
        _ = new XlsxBallotReader(_ => new BallotBox(BallotForms.FourGrades, Candidates, 10), errors.Add).Read(Workbook(rows)).ToList();

        Assert.Equal(
            ["row 3: the branch is empty; the row is skipped", "row 4: the ballot serial of branch 'B1' is already on sheet row 2 (OL402 一人一票: one row per ballot); the row is skipped"],
            errors.Select(e => e.ToString()));
        Assert.Equal(
            ["党支部为空；该行跳过", "党支部“B1”的这个选票编号已在第 2 行出现（OL402 一人一票：每票一行）；该行跳过"],
            errors.Select(e => e.MessageIn(CultureInfo.GetCultureInfo("zh-CN"))));
    }

    [Fact]
    public void Every_wide_row_dropped_is_counted_once_and_named_with_its_row_and_reason()
    {
        object?[][] rows =
        [
            ["branch", "ballot", "m1", "m2", null],
            ["B1", "1", "优秀", "合格", null],
            ["B1", "2", "合格\r\n优秀", "合格", null], // line break
            ["B1", "3", "合格", "合格", "x"],          // a cell right of the header
            [null, "4", "合格", "合格", null],         // no branch
            ["B1", null, "合格", "合格", null],        // no serial
            ["B1", "1", null, "不合格", null],         // the serial again, marking another column only
            ["B1", "5", "基本合格", null, null],
        ];
        var errors = new List<XlsxRowError>();
        var tally = Assert.Single(new XlsxBallotReader(_ => new BallotBox(BallotForms.FourGrades, Candidates, 10), errors.Add).Read(Workbook(rows))).Tally;
        Assert.Equal(2, tally.Accepted);
        Assert.Equal(5, tally.SkippedRows);
        Assert.Equal([3L, 4, 5, 6, 7], errors.Select(e => e.Row));
        Assert.Contains("line break", errors[0].Reason, StringComparison.Ordinal);
        Assert.Contains("right of the last column", errors[1].Reason, StringComparison.Ordinal);
        Assert.Contains("branch is empty", errors[2].Reason, StringComparison.Ordinal);
        Assert.Contains("serial is empty", errors[3].Reason, StringComparison.Ordinal);
        Assert.Contains("already on sheet row 2", errors[4].Reason, StringComparison.Ordinal);
        var report = tally.ToReport(OrgLife.Tally.Reports.SuggestionRule.Default);
        Assert.Equal(0, report.Candidates[1].Criteria[0].Combined.LevelCounts[3]); // the second row of serial 1 is not merged into it
    }

    [Fact]
    public void Rows_in_equal_ballots_counted_plus_skipped_plus_rejected_for_any_wide_sheet()
    {
        string?[] cells = [null, "优秀", "合格", "不合格", "excellent", "好", "95", "合格\n合格", " "];
        var row = from branch in Gen.Frequency((8, Gen.Constant<string?>("B1")), (1, Gen.Constant<string?>(null)))
                  from serial in Gen.Frequency((6, Gen.Choose(1, 12).Select(i => (string?)i.ToString(System.Globalization.CultureInfo.InvariantCulture))), (1, Gen.Constant<string?>(null)))
                  from category in Gen.Elements<string?>("党员", "党员", null, "群众")
                  from marks in Gen.ArrayOf(Gen.Elements(cells), 3)
                  from extra in Gen.Frequency((9, Gen.Constant<string?>(null)), (1, Gen.Constant<string?>("x")))
                  select new object?[] { branch, serial, category, marks[0], marks[1], marks[2], extra };
        FsCheck.Check.One(
            FsCheck.Config.QuickThrowOnFailure.WithMaxTest(60),
            Prop.ForAll(Gen.ArrayOf(row).Select(r => r.Take(30).ToArray()).ToArbitrary(), generated =>
            {
                object?[][] sheet = [["branch", "ballot", "category", "m1", "m2", "/支部班子", null], .. generated, ["B1", "last", "党员", "合格", null, null, null]];
                var inRows = sheet.Skip(1).Count(r => r.Any(c => c is string { Length: > 0 } text && text.Trim(' ', '\t').Length > 0));
                var errors = new List<XlsxRowError>();
                var tallies = new XlsxBallotReader(_ => new BallotBox(TestForms.SixCriteriaTwoCategories, Candidates, 50), errors.Add).Read(Workbook(sheet)).Select(b => b.Tally).ToList();
                var counted = tallies.Sum(t => t.Accepted + t.Rejected + t.VoidedBallots + t.SkippedRows);
                return counted == inRows && errors.Select(e => e.Row).Distinct().Count() == errors.Count;
            }));
    }

    [Fact]
    public void Bytes_that_are_not_a_workbook_are_refused_with_a_clear_error()
    {
        var e = Assert.Throws<InvalidDataException>(() => new XlsxBallotReader(_ => null).Read(new MemoryStream([1, 2, 3])).ToList());
        Assert.Contains(".xlsx", e.Message, StringComparison.Ordinal);
        Assert.StartsWith("该工作簿无法按 .xlsx 读取：", e.MessageIn(CultureInfo.GetCultureInfo("zh-CN")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_row_without_a_column_is_refused_in_English_as_before_and_in_Chinese_on_request()
    {
        object?[][] rows = [[null, null], ["ballot", "m1"], ["1", "优秀"]];
        var missing = Assert.Throws<InvalidDataException>(() => new XlsxBallotReader(_ => null).Read(Workbook(rows)).ToList());
        var empty = Assert.Throws<InvalidDataException>(() => new XlsxBallotReader(_ => null).Read(Workbook([[null, null]])).ToList());

        Assert.Equal("Row 2: the column 'branch' is missing.", missing.Message);
        Assert.Equal(missing.Message, missing.MessageIn(CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal("表头（第 2 行）：缺少列“branch”。", missing.MessageIn(CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal("The sheet is empty: a header row is needed.", empty.Message);
        Assert.Equal("工作表为空：需要一行表头。", empty.MessageIn(CultureInfo.GetCultureInfo("zh-CN")));
    }

    [Fact]
    public void The_blank_ballot_lists_every_graded_candidate_with_the_boxes_of_each_criterion()
    {
        using var stream = new MemoryStream();
        XlsxTemplates.WriteBlankBallot(stream, BallotForms.SixCriteria, Candidates, new Dictionary<string, string> { ["m1"] = "张三" });
        stream.Position = 0;
        var rows = MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(BallotForms.SixCriteria.Name, rows[0]["被测评人"]);
        Assert.Equal("张三", rows[2]["被测评人"]);
        Assert.Equal("m2", rows[3]["被测评人"]);
        Assert.Equal("□优秀 □合格 □基本合格 □不合格", rows[2]["总体评价"]);
        Assert.Equal(4, rows.Count);
    }
}
