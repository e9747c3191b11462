using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using OrgLife.Grades;
using OrgLife.Ids;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Reports;

namespace OrgLife.Benchmarks.Tally;

/// <summary>
/// Issue 12 (10): the cost per mark of the new result and validity rules beside the single-grade box. One 50-member
/// branch, 80 ballots on the overall grade, coded rows into the box and a report out: plain (no rule), with two
/// ballot-validity rules (a per-ballot 优秀 cap and identical marks, which send each row through the box's screen),
/// and with a result rule (a fraction threshold on returned ballots and a trimmed-mean grading on level points).
/// Every row is time per mark, so the rows compare directly with <see cref="BranchFormBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class ResultRuleBenchmarks
{
    private const int Members = 50;
    private const int Ballots = 80;
    private const int Rounds = 100;
    private const int MarksPerInvoke = Members * Ballots * Rounds;

    private BallotForm plain = null!;
    private BallotForm screened = null!;
    private AssessmentCandidates candidates = null!;
    private SuggestionRule resultRule = null!;
    private byte[] rows = [];

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
        rows = new byte[Ballots * Members];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = (byte)(random.Next(10) switch { 0 => 1, 9 => 0, < 7 => 2, _ => 3 });
        }
    }

    /// <summary>The single-grade box without rules: coded rows in, report out.</summary>
    [Benchmark(Baseline = true, Description = "box, no rule, per mark", OperationsPerInvoke = MarksPerInvoke)]
    public long Plain() => Run(plain, SuggestionRule.Default);

    /// <summary>The same with two ballot-validity rules screening every row in the box.</summary>
    [Benchmark(Description = "box, validity rules, per mark", OperationsPerInvoke = MarksPerInvoke)]
    public long Validity() => Run(screened, SuggestionRule.Default);

    /// <summary>The same with a fraction threshold and a trimmed-mean grading in the report.</summary>
    [Benchmark(Description = "box, result rule, per mark", OperationsPerInvoke = MarksPerInvoke)]
    public long Result() => Run(plain, resultRule);

    private long Run(BallotForm form, SuggestionRule rule)
    {
        long suggested = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var box = new BallotBox(form, candidates, Ballots);
            box.AddCodedBlock("党员", rows);
            suggested += box.Report(rule).Candidates.Count(c => c.SuggestedGrade is not null);
        }

        return suggested;
    }
}
