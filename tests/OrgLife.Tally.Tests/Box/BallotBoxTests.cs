using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Kernels;

namespace OrgLife.Tally.Tests.Box;

public sealed class BallotBoxTests
{
    private static BallotBox FourGradeBox(int issued = 10, int blockRows = BallotBox.DefaultBlockRows) =>
        new(BallotForms.FourGrades, TestForms.Candidates(2, 1), issued, blockRows);

    [Fact]
    public void A_duplicate_serial_is_rejected_and_not_counted_OL402()
    {
        var box = FourGradeBox();
        box.Submit(new Ballot("S1", null, [Mark.Of("m1", null, "优秀")]));
        var second = box.Submit(new Ballot("S1", null, [Mark.Of("m1", null, "优秀")]));

        Assert.False(second.IsAccepted);
        Assert.Equal(RejectionCode.DuplicateSerial, second.Rejection!.Code);
        Assert.Contains("Ballot field 'serial'", second.Rejection.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("S1", second.Rejection.Message, StringComparison.Ordinal); // OL405
        var report = box.Report();
        Assert.Equal(1, report.Candidates[0].Criteria[0].Combined.LevelCounts[0]);
        Assert.Equal(1, report.Accepted);
        Assert.Equal(2, report.Returned);
        Assert.Equal(1, report.RejectionsByReason.Single(r => r.Code == RejectionCode.DuplicateSerial).Count);
    }

    [Fact]
    public void A_ballot_of_an_unknown_voter_category_is_rejected()
    {
        var box = new BallotBox(TestForms.SixCriteriaTwoCategories, TestForms.Candidates(1), 5);
        var outcome = box.Submit(new Ballot("S1", "旁听人员", [Mark.Of("m1", null, "优秀")]));
        Assert.Equal(RejectionCode.UnknownVoterCategory, outcome.Rejection!.Code);
        Assert.Equal("category", outcome.Rejection.Field);
        Assert.Equal(0, box.Accepted);
    }

    [Fact]
    public void A_ballot_without_a_category_on_a_form_with_several_is_rejected()
    {
        var box = new BallotBox(TestForms.SixCriteriaTwoCategories, TestForms.Candidates(1), 5);
        Assert.Equal(RejectionCode.UnknownVoterCategory, box.Submit(new Ballot("S1", null, [])).Rejection!.Code);
    }

    [Fact]
    public void A_ballot_without_a_serial_is_rejected()
    {
        var box = FourGradeBox();
        Assert.Equal(RejectionCode.MissingSerial, box.Submit(new Ballot("", null, [])).Rejection!.Code);
    }

    [Fact]
    public void More_ballots_returned_than_issued_voids_the_assessment_OL401()
    {
        var box = FourGradeBox(issued: 1);
        box.Submit(new Ballot("S1", null, [Mark.Of("m1", null, "优秀")]));
        Assert.False(box.Report().IsVoid);
        box.Submit(new Ballot("S2", null, [Mark.Of("m1", null, "优秀")]));

        var report = box.Report();
        Assert.True(report.IsVoid);
        Assert.Null(report.Candidates[0].SuggestedGrade);
        Assert.Equal(2, report.Candidates[0].Criteria[0].Combined.LevelCounts[0]);
    }

    [Fact]
    public void A_mark_with_two_levels_is_void_for_that_column_alone_OL403()
    {
        var box = FourGradeBox();
        var outcome = box.Submit(new Ballot("S1", null, [new Mark("m1", null, ["优秀", "合格"]), Mark.Of("m2", null, "合格")]));

        Assert.True(outcome.IsAccepted);
        var problem = Assert.Single(outcome.VoidMarks);
        Assert.Equal(MarkProblemCode.MultipleLevels, problem.Code);
        Assert.Contains("Candidate 'm1', criterion '总体评价'", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("S1", problem.Message, StringComparison.Ordinal); // OL405
        var report = box.Report();
        Assert.Equal(1, report.Candidates[0].Criteria[0].Combined.VoidMarks);
        Assert.Equal(0, report.Candidates[0].Criteria[0].Combined.ValidMarks);
        Assert.Equal(1, report.Candidates[1].Criteria[0].Combined.LevelCounts[1]);
    }

    [Fact]
    public void The_same_level_written_twice_is_one_valid_mark()
    {
        var box = FourGradeBox();
        Assert.Empty(box.Submit(new Ballot("S1", null, [new Mark("m1", null, ["优秀", "excellent"])])).VoidMarks);
        Assert.Equal(1, box.Report().Candidates[0].Criteria[0].Combined.LevelCounts[0]);
    }

    [Fact]
    public void An_unknown_level_is_void_for_that_column_alone_OL403()
    {
        var box = FourGradeBox();
        var outcome = box.Submit(new Ballot("S1", null, [Mark.Of("m1", null, "很好"), Mark.Of("m2", null, "QUALIFIED")]));
        Assert.Equal(MarkProblemCode.UnknownLevel, Assert.Single(outcome.VoidMarks).Code);
        var report = box.Report();
        Assert.Equal(1, report.Candidates[0].Criteria[0].Combined.VoidMarks);
        Assert.Equal(1, report.Candidates[1].Criteria[0].Combined.LevelCounts[1]);
    }

    [Fact]
    public void An_unknown_candidate_or_criterion_is_void_and_counted_apart_OL403()
    {
        var box = FourGradeBox();
        var outcome = box.Submit(new Ballot("S1", null, [Mark.Of("x9", null, "优秀"), Mark.Of("m1", "工作实绩", "优秀"), Mark.Of("m2", null, "优秀")]));
        Assert.Equal([MarkProblemCode.UnknownCandidate, MarkProblemCode.UnknownCriterion], outcome.VoidMarks.Select(p => p.Code));
        var report = box.Report();
        Assert.Equal(2, report.UnattributableVoidMarks);
        Assert.Equal(1, report.Candidates[0].Criteria[0].Combined.Abstentions);
        Assert.Equal(1, report.Candidates[1].Criteria[0].Combined.LevelCounts[0]);
    }

    [Fact]
    public void A_blank_is_an_abstention_OL403()
    {
        var box = FourGradeBox();
        box.Submit(new Ballot("S1", null, [Mark.Of("m2", null, "合格"), new Mark("m1", null, [])]));
        var counts = box.Report().Candidates[0].Criteria[0].Combined;
        Assert.Equal(1, counts.Abstentions);
        Assert.Equal(0, counts.ValidMarks);
    }

    [Fact]
    public void Marks_for_probationary_members_are_ignored_and_reported_OL404()
    {
        var box = FourGradeBox();
        var outcome = box.Submit(new Ballot("S1", null, [Mark.Of("p1", null, "优秀"), Mark.Of("m1", null, "优秀")]));
        Assert.Equal(1, outcome.IgnoredProbationaryMarks);
        var report = box.Report();
        Assert.Equal(2, report.Candidates.Length);
        Assert.Equal(1, Assert.Single(report.IgnoredProbationaryMarks).Marks);
    }

    [Fact]
    public void Candidates_from_a_roster_grade_full_members_and_list_probationary_ones()
    {
        var roster = new[]
        {
            new OrgLife.Members.Member { Id = "a", Name = "甲" },
            new OrgLife.Members.Member { Id = "b", Name = "乙", Status = OrgLife.Members.MembershipStatus.Probationary },
            new OrgLife.Members.Member { Id = "c", Name = "丙", OnProbationWithinParty = true },
        };
        var candidates = AssessmentCandidates.FromRoster(roster);
        Assert.Equal(["a", "c"], candidates.Graded.Select(id => id.Value));
        Assert.Equal(["b"], candidates.Probationary.Select(id => id.Value));
    }

    [Fact]
    public void Reports_hold_no_serial_OL405()
    {
        var box = FourGradeBox();
        box.Submit(new Ballot("SECRET-SERIAL-42", null, [Mark.Of("m1", null, "优秀")]));
        var text = box.Report().ToString() + box.ToTally().ToString();
        Assert.DoesNotContain("SECRET-SERIAL-42", text, StringComparison.Ordinal);
        Assert.DoesNotContain(typeof(OrgLife.Tally.Reports.AssessmentReport).GetProperties(), p => p.Name.Contains("Serial", StringComparison.Ordinal));
        Assert.DoesNotContain(typeof(OrgLife.Tally.Merging.AssessmentTally).GetProperties(), p => p.Name.Contains("Serial", StringComparison.Ordinal));
    }

    [Fact]
    public void Ballots_beyond_one_block_are_all_counted_exactly_once()
    {
        var box = FourGradeBox(issued: 100, blockRows: 3);
        for (var i = 0; i < 10; i++)
        {
            box.Submit(new Ballot($"S{i}", null, [Mark.Of("m1", null, i % 2 == 0 ? "优秀" : "不合格")]));
        }

        var first = box.Report();
        Assert.Equal([5L, 0, 0, 5], first.Candidates[0].Criteria[0].Combined.LevelCounts.ToArray());
        Assert.Equal(10, first.Candidates[1].Criteria[0].Combined.Abstentions);
        box.Submit(new Ballot("S10", null, [Mark.Of("m1", null, "合格")]));
        Assert.Equal([5L, 1, 0, 5], box.Report().Candidates[0].Criteria[0].Combined.LevelCounts.ToArray());
    }

    [Fact]
    public void Scores_are_stored_from_the_minimum_and_out_of_range_scores_are_void()
    {
        var box = new BallotBox(TestForms.ScoreForm, TestForms.Candidates(1), 10);
        box.Submit(new Ballot("S1", null, [Mark.OfScore("m1", null, 0)]));
        box.Submit(new Ballot("S2", null, [Mark.OfScore("m1", null, 100)]));
        var outcome = box.Submit(new Ballot("S3", null, [Mark.OfScore("m1", null, 101)]));
        box.Submit(new Ballot("S4", null, [Mark.Of("m1", null, "ninety")]));

        Assert.Equal(MarkProblemCode.ScoreOutOfRange, Assert.Single(outcome.VoidMarks).Code);
        var counts = box.Report().Candidates[0].Criteria[0].Combined;
        Assert.Equal(101, counts.LevelCounts.Length);
        Assert.Equal(1, counts.LevelCounts[0]);
        Assert.Equal(1, counts.LevelCounts[100]);
        Assert.Equal(2, counts.VoidMarks);
    }

    [Fact]
    public void Coded_blocks_count_codes_above_a_columns_level_count_as_void()
    {
        // Six criteria: columns 0-4 are 好/一般/差 (3 levels), column 5 the four grades; the kernel runs with 4.
        var box = new BallotBox(BallotForms.SixCriteria, TestForms.Candidates(1), 10);
        byte[] rows = [4, 1, 2, 3, MarkCodes.Void, 4, 0, 0, 0, 0, 0, 200];
        var outcome = box.AddCodedBlock("党员", rows);

        Assert.Equal(2, outcome.Accepted);
        var criteria = box.Report().Candidates[0].Criteria;
        Assert.Equal(1, criteria[0].Combined.VoidMarks);
        Assert.Equal(1, criteria[0].Combined.Abstentions);
        Assert.Equal(1, criteria[4].Combined.VoidMarks);
        Assert.Equal(1, criteria[5].Combined.LevelCounts[3]);
        Assert.Equal(1, criteria[5].Combined.VoidMarks);
    }

    [Fact]
    public void Coded_blocks_with_serials_reject_duplicates_and_count_the_rest()
    {
        var box = FourGradeBox();
        box.Submit(new Ballot("S1", null, [Mark.Of("m1", null, "优秀")]));
        byte[] rows = [1, 1, 2, 2, 3, 3, 4, 4];
        var outcome = box.AddCodedBlock("党员", rows, ["S2", "S1", "S3", "S3"]);

        Assert.Equal(2, outcome.Accepted);
        Assert.Equal(["S1", "S3"], outcome.Rejections.Select(r => r.Serial));
        Assert.Equal([2L, 0, 1, 0], box.Report().Candidates[0].Criteria[0].Combined.LevelCounts.ToArray());
    }

    [Fact]
    public void A_coded_block_that_is_not_whole_rows_is_refused()
    {
        var box = FourGradeBox();
        Assert.Throws<ArgumentException>(() => box.AddCodedBlock("党员", new byte[3]));
    }

    [Fact]
    public void Committee_marks_are_tallied_in_their_own_section()
    {
        var box = new BallotBox(TestForms.SixCriteriaTwoCategories, TestForms.Candidates(1), 10);
        box.Submit(new Ballot("S1", "党员", [Mark.ForCommittee(null, "满意")]));
        box.Submit(new Ballot("S2", "群众代表", [Mark.ForCommittee("支部班子", "不满意")]));
        var committee = Assert.Single(box.Report(options: new OrgLife.Tally.Reports.ReportOptions { MinimumCategoryBallots = 1 }).Committee);
        Assert.Equal([1L, 0, 1], committee.Combined.LevelCounts.ToArray());
        Assert.Equal([1L, 0, 0], committee.ByCategory[0].LevelCounts.ToArray());
    }

    [Fact]
    public void A_ballot_refused_as_malformed_does_not_use_up_its_serial()
    {
        var box = FourGradeBox();
        Assert.Throws<ArgumentException>(() => box.Submit(new Ballot("S1", null, [null!])));
        Assert.True(box.Submit(new Ballot("S1", null, [Mark.Of("m1", null, "优秀")])).IsAccepted);
        Assert.Equal(1, box.Report().Candidates[0].Criteria[0].Combined.LevelCounts[0]);
    }
}
