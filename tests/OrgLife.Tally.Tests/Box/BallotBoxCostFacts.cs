using OrgLife.Ids;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;

namespace OrgLife.Tally.Tests.Box;

/// <summary>What a candidate costs a ballot box (issue 9): far below the 4 KiB of a 4,096-row block column.</summary>
public sealed class BallotBoxCostFacts
{
    [Fact]
    public void A_candidate_costs_a_ballot_box_well_below_four_kilobytes()
    {
        const int count = 50_000;
        var candidates = new AssessmentCandidates(Enumerable.Range(1, count).Select(i => new MemberId($"m{i}")));
        var ballot = new Ballot("1", null, [Mark.Of("m1", null, "优秀"), Mark.Of($"m{count}", null, "合格")]);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var box = new BallotBox(BallotForms.FourGrades, candidates, 10);
        box.Submit(ballot);
        var tally = box.ToTally();
        var perCandidate = (GC.GetAllocatedBytesForCurrentThread() - before) / count;

        Assert.Equal(1, tally.Accepted);
        Assert.True(perCandidate < 512, $"{perCandidate} bytes per candidate");
    }

    [Fact]
    public void A_branch_of_600000_candidates_is_counted_without_overflow()
    {
        const int count = 600_000;
        var candidates = new AssessmentCandidates(Enumerable.Range(1, count).Select(i => new MemberId($"m{i}")));
        var box = new BallotBox(BallotForms.FourGrades, candidates, 2);

        box.Submit(new Ballot("1", null, [Mark.Of($"m{count}", null, "优秀")]));
        box.Submit(new Ballot("2", null, [Mark.Of("m1", null, "合格")]));

        var tally = box.ToTally();
        Assert.Equal(2, tally.Accepted);
        Assert.Equal(count, tally.Candidates.Graded.Length);
    }
}
