using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using OrgLife.Ids;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Kernels;

namespace OrgLife.Benchmarks.Tally;

/// <summary>
/// Issue 6 (5): one 50-member branch whose ballot has 6 criteria per member (five 好/一般/差 criteria and the overall
/// grade) and two voter categories (50 members, 30 masses' representatives), against the same branch on the single
/// overall-grade ballot. Every row is time per mark (<c>OperationsPerInvoke</c>), so the 6-criterion and 1-criterion
/// rows compare throughput per mark directly: the kernel alone, and the whole ballot box (coded rows in, tally out).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class BranchFormBenchmarks
{
    private const int Members = 50;
    private const int MassRepresentatives = 30;

    // Both parameter values count the same marks per invocation (80 ballots × 50 members × 6 columns × 100 rounds),
    // so OperationsPerInvoke can be one constant and every row reads as time per mark.
    private const int MarksPerInvoke = (Members + MassRepresentatives) * Members * 6 * 100;

    private BallotForm form = null!;
    private AssessmentCandidates candidates = null!;
    private byte[] memberRows = [];
    private byte[] massRows = [];
    private long[] counts = [];
    private int columns;
    private int widestLevels;

    /// <summary>Gets or sets the criteria per member: 1 (the overall grade only) or 6.</summary>
    [Params(1, 6)]
    public int Criteria { get; set; }

    /// <summary>Builds the form and one branch's coded ballots for both categories.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var criteria = (Criteria == 1 ? BallotForms.FourGrades : BallotForms.SixCriteria).Criteria;
        form = new BallotForm($"50-member branch, {Criteria} criteria", criteria, [new VoterCategory("党员"), new VoterCategory("群众代表", 0.5m)]);
        candidates = new AssessmentCandidates(Enumerable.Range(1, Members).Select(i => new MemberId($"m{i:00}")));
        var box = new BallotBox(form, candidates, Members + MassRepresentatives);
        columns = box.ColumnCount;
        widestLevels = criteria.Max(c => c.Scale.LevelCount);
        var random = new Random(6);
        memberRows = Rows(box, Members, random);
        massRows = Rows(box, MassRepresentatives, random);
        counts = new long[columns * (widestLevels + 2)];
    }

    /// <summary>Rounds per invocation: 600 for one criterion, 100 for six, the same marks either way.</summary>
    private int Rounds => 600 / Criteria;

    /// <summary>The kernel alone on both categories' matrices.</summary>
    [Benchmark(Description = "MarkCounter, per mark", OperationsPerInvoke = MarksPerInvoke)]
    public long Kernel()
    {
        for (var round = 0; round < Rounds; round++)
        {
            counts.AsSpan().Clear();
            MarkCounter.Count(memberRows, columns, widestLevels, counts);
            MarkCounter.Count(massRows, columns, widestLevels, counts);
        }

        return counts[0];
    }

    /// <summary>The whole ballot box: coded rows of both categories in, a mergeable tally out.</summary>
    [Benchmark(Description = "BallotBox coded rows → tally, per mark", OperationsPerInvoke = MarksPerInvoke)]
    public long Box()
    {
        long accepted = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var box = new BallotBox(form, candidates, Members + MassRepresentatives);
            box.AddCodedBlock("党员", memberRows);
            box.AddCodedBlock("群众代表", massRows);
            accepted += box.ToTally().Accepted;
        }

        return accepted;
    }

    private byte[] Rows(BallotBox box, int ballots, Random random)
    {
        var rows = new byte[ballots * columns];
        for (var ballot = 0; ballot < ballots; ballot++)
        {
            for (var candidate = 0; candidate < Members; candidate++)
            {
                for (var criterion = 0; criterion < form.Criteria.Length; criterion++)
                {
                    // Mostly the best two levels, some blanks, a rare void mark: the mix of a real branch.
                    var levels = form.Criteria[criterion].Scale.LevelCount;
                    var roll = random.Next(100);
                    var code = roll < 2 ? 0 : roll < 3 ? MarkCodes.Void : roll < 60 ? 1 : roll < 92 ? 2 : random.Next(1, levels + 1);
                    rows[(ballot * columns) + box.CandidateColumn(candidate, criterion)] = (byte)code;
                }
            }
        }

        return rows;
    }
}
