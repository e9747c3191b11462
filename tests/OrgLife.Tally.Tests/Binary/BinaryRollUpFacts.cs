using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using OrgLife.Ids;
using OrgLife.Tally.Box;
using OrgLife.Tally.Formats.Binary;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Merging;
using OrgLife.Tally.Reports;

namespace OrgLife.Tally.Tests.Binary;

public sealed class BinaryRollUpFacts
{
    private const long Branch = 7;

    // Five ballots × three candidates on the four grades: 0 blank, 1…4 the grades, 255 void, 9 outside the scale (void).
    private static readonly byte[] KnownMarks =
    [
        1, 2, 0,
        1, 1, 255,
        2, 3, 4,
        1, 2, 2,
        0, 4, 9,
    ];

    private static readonly string[] GradeNames = ["", "优秀", "合格", "基本合格", "不合格"];

    [Fact]
    public void A_small_binary_file_gives_the_known_counts_and_the_same_report_as_the_same_ballots_submitted_to_a_box()
    {
        var file = WriteKnownBlock(serials: null);
        var reports = new ConcurrentBag<BinaryBranchReport>();
        var result = BinaryBallotTally.RollUp(new MemoryStream(file), SuggestionRule.Default, _ => ["广东省"], onBranch: reports.Add);

        var binary = Assert.Single(reports);
        var expected = SubmittedBox(serials: ["1", "2", "3", "4", "5"]).ToTally();
        Assert.Equal(expected, binary.Tally);
        Assert.Equal(Json(expected.ToReport(SuggestionRule.Default)), Json(binary.Report));

        var m3 = binary.Report.Candidates[2].Criteria[0].Combined;
        Assert.Equal((1L, 2L), (m3.Abstentions, m3.VoidMarks));
        Assert.Equal([0L, 1L, 0L, 1L], m3.LevelCounts.ToArray());
        Assert.Equal([3L, 1L, 0L, 0L], binary.Report.Candidates[0].Criteria[0].Combined.LevelCounts.ToArray());
        Assert.Equal((1L, 0L), (result.RollUp.Total.Branches, result.RejectedBallots));
        Assert.Equal(3, result.RollUp.Node(["广东省"])!.GradedMembers);
    }

    [Fact]
    public void A_block_with_serials_goes_through_the_box_and_a_repeated_serial_is_rejected_as_at_the_box()
    {
        var file = WriteKnownBlock(serials: [11, 12, 13, 14, 12]);
        var reports = new ConcurrentBag<BinaryBranchReport>();
        var result = BinaryBallotTally.RollUp(new MemoryStream(file), SuggestionRule.Default, _ => [], onBranch: reports.Add);

        var expected = SubmittedBox(serials: ["11", "12", "13", "14", "12"]).ToTally();
        var binary = Assert.Single(reports);
        Assert.Equal(expected, binary.Tally);
        Assert.Equal(Json(expected.ToReport(SuggestionRule.Default)), Json(binary.Report));
        Assert.Equal((4L, 1L), (binary.Report.Accepted, result.RejectedBallots));
    }

    [Fact]
    public void Counts_convert_only_to_a_form_and_candidates_that_fit_the_block()
    {
        BinaryBranchCounts? counts = null;
        BinaryBallotTally.Count(new MemoryStream(WriteKnownBlock(serials: null)), onBranch: c => counts = c);

        Assert.Equal(BallotForms.FourGrades, counts!.ToAssessmentTally().Form);
        var wrongForm = Assert.Throws<ArgumentException>(() => counts.ToAssessmentTally(BallotForms.GoodFairPoor, BinaryAssessmentMap.PositionalCandidates(3), 5));
        Assert.Contains("criterion 1 has 4 levels", wrongForm.Message, StringComparison.Ordinal);
        var wrongCandidates = Assert.Throws<ArgumentException>(() => counts.ToAssessmentTally(BallotForms.FourGrades, BinaryAssessmentMap.PositionalCandidates(2), 5));
        Assert.Contains("3 candidates", wrongCandidates.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => BinaryAssessmentMap.DefaultForm([5]));
    }

    [Theory]
    [InlineData(12, 1, false, 1, 4096)]
    [InlineData(13, 6, true, 2, 4096)]
    [InlineData(14, 2, true, 2, 1 << 20)]
    public void The_roll_up_of_a_generated_round_equals_the_sequential_roll_up_of_each_block_through_a_ballot_box(ulong seed, int criteria, bool serials, int workers, int chunkBytes)
    {
        var file = BinaryTestFiles.Synthetic(seed, 400, criteria, serials);

        // Every tenth branch issued one ballot fewer than returned (OL401), so void assessments show up too.
        var map = BinaryAssessmentMap.Default with { IssuedOf = (branch, ballots) => branch % 10 == 0 ? ballots - 1 : ballots };
        var rule = SuggestionRule.Default;
        var reports = new ConcurrentBag<BinaryBranchReport>();
        var result = BinaryBallotTally.RollUp(new MemoryStream(file), rule, PathOf, new BallotReadOptions { WorkerCount = workers, ChunkBytes = chunkBytes }, map, reports.Add);

        var expected = new List<BranchTally>();
        using (var reader = new BallotFileReader(new MemoryStream(file)))
        {
            while (reader.MoveNext())
            {
                var block = reader.Current;
                var box = new BallotBox(BinaryAssessmentMap.DefaultForm([.. block.LevelCounts]), BinaryAssessmentMap.PositionalCandidates(block.CandidateCount), map.IssuedOf(block.BranchId, block.BallotCount));
                string[]? blockSerials = null;
                if (block.HasSerials)
                {
                    blockSerials = new string[block.BallotCount];
                    for (var b = 0; b < blockSerials.Length; b++)
                    {
                        blockSerials[b] = block.SerialOf(b).ToString(CultureInfo.InvariantCulture);
                    }
                }

                box.AddCodedBlock(BallotForms.MembersCategoryName, block.Marks, blockSerials);
                expected.Add(new BranchTally(new BranchId(block.BranchId.ToString(CultureInfo.InvariantCulture)), PathOf(block.BranchId), box.ToTally()));
            }
        }

        var sequential = RollUp.Build(expected, rule, maxDegreeOfParallelism: 1);
        Assert.Equal(sequential, result.RollUp);
        Assert.Equal(400, result.RollUp.Total.Branches);
        Assert.Equal(40, result.RollUp.Total.VoidAssessments);
        Assert.Equal(400, result.Totals.BranchCount);
        var byBranch = expected.ToDictionary(b => long.Parse(b.Branch.Value, CultureInfo.InvariantCulture));
        Assert.All(reports, r => Assert.Equal(byBranch[r.BranchId].Tally, r.Tally));
        Assert.Equal(400, reports.Count);
    }

    private static ImmutableArray<string> PathOf(long branch) => [$"省{branch % 3}", $"市{branch % 7}"];

    private static byte[] WriteKnownBlock(ulong[]? serials)
    {
        using var memory = new MemoryStream();
        using (var writer = new BallotFileWriter(memory, leaveOpen: true))
        {
            writer.WriteBlock(Branch, 3, [4], 5, serials ?? [], KnownMarks);
        }

        return memory.ToArray();
    }

    /// <summary>The same five ballots written as a voter would: grade names, two grades for a void, an unknown grade for 9.</summary>
    private static BallotBox SubmittedBox(string[] serials)
    {
        var box = new BallotBox(BallotForms.FourGrades, new AssessmentCandidates([new MemberId("1"), new MemberId("2"), new MemberId("3")]), issued: 5);
        for (var ballot = 0; ballot < 5; ballot++)
        {
            var marks = new List<Mark>();
            for (var candidate = 0; candidate < 3; candidate++)
            {
                var id = (candidate + 1).ToString(CultureInfo.InvariantCulture);
                var code = KnownMarks[(ballot * 3) + candidate];
                if (code is >= 1 and <= 4)
                {
                    marks.Add(Mark.Of(id, null, GradeNames[code]));
                }
                else if (code == 255)
                {
                    marks.Add(new Mark(id, null, ["优秀", "合格"]));
                }
                else if (code != 0)
                {
                    marks.Add(Mark.Of(id, null, "九"));
                }
            }

            box.Submit(new Ballot(serials[ballot], null, marks));
        }

        return box;
    }

    private static string Json(AssessmentReport report) => JsonSerializer.Serialize(report);
}
