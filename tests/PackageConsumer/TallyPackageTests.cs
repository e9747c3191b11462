using OrgLife.Ids;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Kernels;

namespace OrgLife.PackageConsumer.Tests;

public sealed class TallyPackageTests
{
    [Fact]
    public void A_vendor_counts_pre_coded_ballots_through_the_packaged_ballot_box()
    {
        // 3 ballots × 2 candidates on the four grades, one byte per mark: a grade 1…4, blank or void.
        var box = new BallotBox(BallotForms.FourGrades, new AssessmentCandidates([new MemberId("m1"), new MemberId("m2")]), 3);
        byte[] marks = [1, 2, 1, MarkCodes.Blank, 2, MarkCodes.Void];

        var outcome = box.AddCodedBlock("党员", marks);

        Assert.Equal(3, outcome.Accepted);
        var candidates = box.Report().Candidates;
        Assert.Equal([2L, 1, 0, 0], candidates[0].Criteria[0].Combined.LevelCounts);
        Assert.Equal([0L, 1, 0, 0], candidates[1].Criteria[0].Combined.LevelCounts);
        Assert.Equal(1, candidates[1].Criteria[0].Combined.Abstentions);
        Assert.Equal(1, candidates[1].Criteria[0].Combined.VoidMarks);
    }
}
