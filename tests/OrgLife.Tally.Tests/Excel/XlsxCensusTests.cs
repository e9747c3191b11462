using MiniExcelLibs;
using OrgLife.Tally.Box;
using OrgLife.Tally.Excel;
using OrgLife.Tally.Forms;

namespace OrgLife.Tally.Tests.Excel;

/// <summary>XlsxBallotReader.Census: the candidates and ballots of each run of a sheet, for boxes opened without a roster.</summary>
public sealed class XlsxCensusTests
{
    [Fact]
    public void The_census_names_every_member_marked_and_the_ballots_of_each_branch_run()
    {
        object?[][] rows =
        [
            ["branch", "ballot", "candidate", "grade"],
            ["b1", "01", "m1", "优秀"], ["b1", "01", "m2", "合格"], ["b1", "02", "m1", "合格"],
            ["b2", "01", "m7", "不合格"],
        ];
        var census = XlsxBallotReader.Census(Workbook(rows), BallotForms.FourGrades).ToList();
        Assert.Equal(["b1", "b2"], census.Select(c => c.Branch.Value));
        Assert.Equal(["m1", "m2"], census[0].Candidates.Select(m => m.Value).Order());
        Assert.Equal(2, census[0].Ballots);
        Assert.Equal(1, census[1].Ballots);

        // Boxes opened from the census take every ballot of the sheet.
        var queue = new Queue<OrgLife.Tally.Formats.BranchCensus>(census);
        var tallies = new XlsxBallotReader(_ => queue.Dequeue() is var c ? new BallotBox(BallotForms.FourGrades, new AssessmentCandidates(c.Candidates), c.Ballots) : null)
            .Read(Workbook(rows)).ToList();
        Assert.Equal([2L, 1L], tallies.Select(t => t.Tally.ToReport(OrgLife.Tally.Reports.SuggestionRule.Default).Accepted));
    }

    private static MemoryStream Workbook(IEnumerable<object?[]> rows)
    {
        var stream = new MemoryStream();
        var list = rows.Select(r => r.Select((v, i) => (Key: ((char)('A' + i)).ToString(), Value: v)).ToDictionary(p => p.Key, p => p.Value)).ToList();
        MiniExcel.SaveAs(stream, list, printHeader: false, excelType: ExcelType.XLSX);
        stream.Position = 0;
        return stream;
    }
}
