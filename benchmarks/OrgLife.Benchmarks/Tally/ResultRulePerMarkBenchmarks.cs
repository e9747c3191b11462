using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using OrgLife.Grades;
using OrgLife.Ids;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Kernels;
using OrgLife.Tally.Reports;

namespace OrgLife.Benchmarks.Tally;

/// <summary>
/// Issue 12 (10), per mark: the rules' cost where counting dominates. One box of 50 candidates and 20,000 ballots on
/// the overall grade (1,000,000 marks per invocation), so opening the box and building the report weigh under 1 %.
/// Rows: the single-grade kernel alone on the same rows (the baseline of the ratios), the plain box (no rule), the box
/// with two ballot-level validity rules (a per-ballot 优秀 share cap and identical marks, screened in the box as each
/// row is counted: no second pass), and the plain box reported under a result rule (a 1/3 threshold on returned
/// ballots and a trimmed-mean grading on level points, evaluated once per candidate in the report).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class ResultRulePerMarkBenchmarks
{
    private const int Members = 50;
    private const int Ballots = 20_000;
    private const int Marks = Members * Ballots;

    private BallotForm plain = null!;
    private BallotForm screened = null!;
    private AssessmentCandidates candidates = null!;
    private SuggestionRule resultRule = null!;
    private byte[] rows = [];
    private long[] counts = [];

    /// <summary>Builds the forms, the rule and the coded ballots.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var points = Scale.Custom([
            new("优秀", "excellent", Grade.Excellent, 95m), new("合格", "qualified", Grade.Qualified, 80m),
            new("基本合格", "basically-qualified", Grade.BasicallyQualified, 65m), new("不合格", "unqualified", Grade.Unqualified, 40m)]);
        plain = new BallotForm("plain", [new Criterion("总体评价", points, IsOverall: true)], [new VoterCategory("党员")]);
        screened = new BallotForm("screened", plain.Criteria, plain.VoterCategories)
        {
            ValidityRules = [BallotValidityRule.AtMostShare("优秀超过三分之一", [1], 1, 3), BallotValidityRule.AllIdentical("全部相同")],
        };
        candidates = new AssessmentCandidates(Enumerable.Range(1, Members).Select(i => new MemberId($"m{i:00}")));
        resultRule = SuggestionRule.Default with
        {
            Thresholds = [SuggestionThreshold.WhenAll(Grade.Unqualified, ShareCondition.OfGrades(ShareComparison.MoreThan, 1, 3, ShareBase.BallotsReturned, Grade.Unqualified))],
            Grading = new ScoreGrading { Trim = 1, TrimWhenMoreThan = 4, RoundToDecimals = 1, Bands = [new(90m, Grade.Excellent), new(75m, Grade.Qualified), new(60m, Grade.BasicallyQualified), new(0m, Grade.Unqualified)] },
        };
        var random = new Random(12);
        rows = new byte[Marks];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = (byte)(random.Next(10) switch { 0 => 1, 9 => 0, < 7 => 2, _ => 3 });
        }

        counts = new long[Members * (4 + 2)];
    }

    /// <summary>The kernel alone over the same rows: what the single-grade box's counting costs.</summary>
    [Benchmark(Baseline = true, Description = "kernel alone, per mark", OperationsPerInvoke = Marks)]
    public long Kernel()
    {
        Array.Clear(counts);
        MarkCounter.Count(rows, Members, 4, counts);
        return counts[0];
    }

    /// <summary>The single-grade box without rules: coded rows in, report out.</summary>
    [Benchmark(Description = "box, no rule, per mark", OperationsPerInvoke = Marks)]
    public int Plain() => Run(plain, SuggestionRule.Default);

    /// <summary>The same with two ballot-validity rules screening every row in the box.</summary>
    [Benchmark(Description = "box, validity rules, per mark", OperationsPerInvoke = Marks)]
    public int Validity() => Run(screened, SuggestionRule.Default);

    /// <summary>The plain box reported under a fraction threshold and a trimmed-mean grading.</summary>
    [Benchmark(Description = "box, result rule, per mark", OperationsPerInvoke = Marks)]
    public int Result() => Run(plain, resultRule);

    private int Run(BallotForm form, SuggestionRule rule)
    {
        var box = new BallotBox(form, candidates, Ballots);
        box.AddCodedBlock("党员", rows);
        return box.Report(rule).Candidates.Count(c => c.SuggestedGrade is not null);
    }
}
