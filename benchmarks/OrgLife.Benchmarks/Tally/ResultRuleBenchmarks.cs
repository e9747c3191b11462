using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
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
        plain = ResultRuleCase.PlainForm();
        screened = ResultRuleCase.ScreenedForm(plain);
        candidates = ResultRuleCase.Candidates(Members);
        resultRule = ResultRuleCase.ResultRule();
        rows = ResultRuleCase.Rows(Ballots * Members);
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
