using OrgLife.Grades;
using System.Collections.Concurrent;
using OrgLife.Tally.Box;
using OrgLife.Tally.Formats.Binary;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Reports;

namespace OrgLife.Tally.Tests.Box;

public sealed class ValidityRuleTests
{
    private static BallotForm FourGradesWith(params BallotValidityRule[] rules) =>
        new(BallotForms.FourGrades.Name, BallotForms.FourGrades.Criteria, BallotForms.FourGrades.VoterCategories) { ValidityRules = [.. rules] };

    private static Ballot Ballot(string serial, params string[] grades) =>
        new(serial, null, [.. grades.Select((g, i) => Mark.Of($"m{i + 1}", null, g))]);

    [Fact]
    public void A_ballot_marking_more_excellent_than_allowed_is_void_and_counted_apart_by_its_rule()
    {
        var cap = BallotValidityRule.AtMostCount("优秀超过1人", [1], 1);
        var box = new BallotBox(FourGradesWith(cap), TestForms.Candidates(3), 3);
        var outcome = box.Submit(Ballot("1", "优秀", "优秀", "合格"));
        box.Submit(Ballot("2", "优秀", "合格", "合格"));
        box.Submit(Ballot("3", "合格", "", "不合格"));

        Assert.False(outcome.IsAccepted);
        Assert.Equal(cap, outcome.VoidedBy);
        var report = box.Report();
        Assert.Equal(2, report.Accepted);
        Assert.Equal(1, report.VoidedBallots);
        Assert.Equal(3, report.Returned);
        Assert.False(report.IsVoid);
        Assert.Equal(1, report.VoidedByRule.Single().Ballots);
        Assert.Equal(1, report.Candidates[0].Criteria[0].Combined.LevelCounts[0]);

        var without = box.ToTally().WithoutValidityRules().ToReport(SuggestionRule.Default);
        Assert.Equal(3, without.Accepted);
        Assert.Equal(2, without.Candidates[0].Criteria[0].Combined.LevelCounts[0]);
        Assert.Equal(1, without.Candidates[1].Criteria[0].Combined.LevelCounts[0]);
    }

    [Fact]
    public void A_section_rule_voids_only_the_criterion_it_checked()
    {
        var form = new BallotForm("两项", [new Criterion("作风", Scale.GoodFairPoor), new Criterion("总体评价", Scale.FourGrades, IsOverall: true)], [new VoterCategory("党员")])
        {
            ValidityRules = [BallotValidityRule.AtMostShare("优秀超过三分之一", [1], 1, 3, VoidScope.Section)],
        };
        var box = new BallotBox(form, TestForms.Candidates(3), 3);
        var outcome = box.Submit(new Ballot("1", null, [Mark.Of("m1", "总体评价", "优秀"), Mark.Of("m2", "总体评价", "优秀"), Mark.Of("m1", "作风", "好")]));
        box.Submit(new Ballot("2", null, [Mark.Of("m1", "总体评价", "优秀")]));
        Assert.True(outcome.IsAccepted);
        var report = box.Report();
        Assert.Equal(2, report.Accepted);
        Assert.Equal(1, report.VoidedByRule[0].Sections);
        Assert.Equal(1, report.Candidates[0].Criteria[0].Combined.LevelCounts[0]); // 作风 stands
        Assert.Equal(1, report.Candidates[0].Criteria[1].Combined.VoidMarks);
        Assert.Equal(1, report.Candidates[2].Criteria[1].Combined.VoidMarks); // the whole section, blanks included
        Assert.Equal(1, report.Candidates[0].Criteria[1].Combined.LevelCounts[0]);
        var without = box.ToTally().WithoutValidityRules().ToReport(SuggestionRule.Default);
        Assert.Equal(2, without.Candidates[0].Criteria[1].Combined.LevelCounts[0]);
        Assert.Equal(2, without.Candidates[2].Criteria[1].Combined.Abstentions);
    }

    [Theory]
    [InlineData(new[] { "合格", "合格", "合格" }, true)]
    [InlineData(new[] { "合格", "合格", "" }, true)] // the blanks do not count; two identical marks
    [InlineData(new[] { "合格", "", "" }, false)] // one mark is not "all the same"
    [InlineData(new[] { "合格", "优秀", "合格" }, false)]
    public void All_identical_marks_void_the_ballot(string[] grades, bool voided)
    {
        var box = new BallotBox(FourGradesWith(BallotValidityRule.AllIdentical("全部相同")), TestForms.Candidates(3), 3);
        Assert.Equal(voided, box.Submit(Ballot("1", grades)).VoidedBy is not null);
    }

    [Theory]
    [InlineData(new[] { "不合格", "不合格", "合格" }, true)]
    [InlineData(new[] { "不合格", "基本合格", "合格" }, true)]
    [InlineData(new[] { "不合格", "合格", "合格" }, false)]
    public void At_least_N_low_marks_void_the_ballot(string[] grades, bool voided)
    {
        var box = new BallotBox(FourGradesWith(BallotValidityRule.AtLeastCount("低评过多", [3, 4], 2)), TestForms.Candidates(3), 3);
        Assert.Equal(voided, box.Submit(Ballot("1", grades)).VoidedBy is not null);
    }

    [Fact]
    public void More_marked_candidates_than_places_void_the_ballot()
    {
        var box = new BallotBox(FourGradesWith(BallotValidityRule.MoreMarkedThanPlaces("超过名额", 2)), TestForms.Candidates(3), 3);
        Assert.Null(box.Submit(Ballot("1", "优秀", "", "合格")).VoidedBy);
        Assert.NotNull(box.Submit(Ballot("2", "优秀", "?", "合格")).VoidedBy); // a void mark is still a marked name
    }

    [Fact]
    public void An_overall_grade_inconsistent_with_its_items_voids_that_candidates_section()
    {
        var form = new BallotForm(BallotForms.SixCriteria.Name, BallotForms.SixCriteria.Criteria, BallotForms.SixCriteria.VoterCategories)
        {
            ValidityRules = [BallotValidityRule.OverallInconsistent("优秀但有差", [1], [3])],
        };
        var box = new BallotBox(form, TestForms.Candidates(2), 2);
        box.Submit(new Ballot("1", null, [Mark.Of("m1", "总体评价", "优秀"), Mark.Of("m1", "廉洁自律", "差"), Mark.Of("m2", "总体评价", "优秀"), Mark.Of("m2", "廉洁自律", "好")]));
        var report = box.Report();
        Assert.Equal(1, report.VoidedByRule[0].Sections);
        Assert.All(report.Candidates[0].Criteria, c => Assert.Equal(1, c.Combined.VoidMarks));
        Assert.Equal(1, report.Candidates[1].Criteria[5].Combined.LevelCounts[0]);
    }

    [Fact]
    public void Coded_rows_are_screened_like_submitted_ballots()
    {
        var form = FourGradesWith(BallotValidityRule.AtMostCount("优秀超过1人", [1], 1));
        var submitted = new BallotBox(form, TestForms.Candidates(3), 4);
        submitted.Submit(Ballot("a", "优秀", "优秀", "合格"));
        submitted.Submit(Ballot("b", "优秀", "合格", ""));
        var coded = new BallotBox(form, TestForms.Candidates(3), 4);
        var outcome = coded.AddCodedBlock("党员", [1, 1, 2, 1, 2, 0], ["a", "b"]);
        Assert.Equal(1, outcome.Accepted);
        Assert.Equal(1, outcome.Voided);
        Assert.Equal(submitted.ToTally(), coded.ToTally());
    }

    [Fact]
    public void A_rule_naming_an_unknown_criterion_or_level_is_refused_when_the_form_is_made()
    {
        var e = Assert.Throws<BallotFormException>(() => FourGradesWith(BallotValidityRule.AtMostCount("x", [5], 1), BallotValidityRule.AtMostCount("y", [1], 1) with { Criterion = "无" }));
        Assert.Contains(e.Problems, p => p.Path == "validityRules[0].levels");
        Assert.Contains(e.Problems, p => p.Path == "validityRules[1].criterion");
    }

    [Fact]
    public void Binary_blocks_of_a_form_with_validity_rules_are_screened_row_by_row()
    {
        var form = FourGradesWith(BallotValidityRule.AtMostCount("优秀超过1人", [1], 1));
        using var memory = new MemoryStream();
        using (var writer = new BallotFileWriter(memory, leaveOpen: true))
        {
            writer.WriteBlock(7, 3, [4], 3, [], [1, 1, 2, 1, 2, 2, 0, 4, 1]);
        }

        var reports = new ConcurrentBag<BinaryBranchReport>();
        memory.Position = 0;
        BinaryBallotTally.RollUp(memory, SuggestionRule.Default, _ => [], map: BinaryAssessmentMap.Default with { FormOf = _ => form }, onBranch: reports.Add);
        var report = Assert.Single(reports).Report;
        Assert.Equal((2L, 1L), (report.Accepted, report.VoidedBallots));
    }
}
