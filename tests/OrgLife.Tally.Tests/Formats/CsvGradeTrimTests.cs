using System.Text;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Formats;
using OrgLife.Tally.Reports;

namespace OrgLife.Tally.Tests.Formats;

/// <summary>Grades are trimmed as docs/tally.md says and no more; OL404 counts marks that tick a level (Revision 2).</summary>
public sealed class CsvGradeTrimTests
{
    [Fact]
    public void An_unquoted_grade_loses_its_spaces_and_tabs_but_a_quoted_one_and_other_white_space_stay()
    {
        const string csv = "branch,ballot,candidate,grade\nb1,1,m1, 好\t\nb1,2,m1,\" 好\"\nb1,3,m1,好\u3000\nb1,4,m1,\"\"\n";
        var report = Read(csv, BallotForms.GoodFairPoor);

        var counts = report.Candidates[0].Criteria[0].Combined;
        Assert.Equal(1, counts.LevelCounts[0]);
        Assert.Equal(2, counts.VoidMarks);
        Assert.Equal(1, counts.Abstentions);
    }

    [Fact]
    public void A_probationary_members_marks_count_once_per_criterion_and_only_when_they_tick_a_level()
    {
        const string csv = "branch,ballot,candidate,grade\nb1,1,p1,优秀\nb1,1,p1,合格\nb1,2,p1,\nb1,3,p1,abc\nb1,4,p1,合格\n";
        var report = Read(csv, BallotForms.FourGrades);

        Assert.Equal(2, report.IgnoredProbationaryMarks.Single().Marks);
    }

    private static AssessmentReport Read(string csv, BallotForm form) =>
        new CsvBallotReader(_ => new BallotBox(form, TestForms.Candidates(1, 1), 10))
            .Read(new MemoryStream(Encoding.UTF8.GetBytes(csv))).Single().Tally.ToReport(SuggestionRule.Default);
}
