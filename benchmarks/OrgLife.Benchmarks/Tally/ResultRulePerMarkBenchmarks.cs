using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Kernels;
using OrgLife.Tally.Reports;

namespace OrgLife.Benchmarks.Tally;

/// <summary>
/// Issue 12 (10), per mark: the rules' cost where counting dominates. One box of 50 candidates and 20,000 ballots on
/// the overall grade (1,000,000 marks per invocation). The "kernel" rows are per mark only; the "box" rows also carry
/// one box's opening and report (the report alone is the last row, about a third of the kernel's time here), so they
/// measure per-box cost too. Rows: the single-grade kernel alone on the same rows (the baseline of the ratios), the lean
/// counting kernel that screens each row for the two validity rules in its own pass (what the box runs for them,
/// without the box), the kernel with a whole histogram per row (what the box runs for other rules), the plain box
/// (no rule), the box with two ballot-level validity rules (a per-ballot 优秀 share cap and identical marks, screened
/// in the box as each row is counted: no second pass), and the plain box reported under a result rule (a 1/3 threshold
/// on returned ballots and a trimmed-mean grading on level points, evaluated once per candidate in the report); last,
/// the plain box's report alone, per report (the per-box cost the "box" rows spread over their marks).
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
    private HistogramRules rules = null!;
    private OrgLife.Tally.Merging.AssessmentTally plainTally = null!;
    private readonly List<(int Row, int Rule)> voided = [];

    /// <summary>Builds the forms, the rule and the coded ballots.</summary>
    [GlobalSetup]
    public void Setup()
    {
        plain = ResultRuleCase.PlainForm();
        screened = ResultRuleCase.ScreenedForm(plain);
        candidates = ResultRuleCase.Candidates(Members);
        resultRule = ResultRuleCase.ResultRule();
        rows = ResultRuleCase.Rows(Marks);

        counts = new long[Members * (4 + 2)];
        rules = HistogramRules.For(screened, Members)!;
        var box = new BallotBox(plain, candidates, Ballots);
        box.AddCodedBlock("党员", rows);
        plainTally = box.ToTally();
    }

    /// <summary>The kernel alone over the same rows: what the single-grade box's counting costs.</summary>
    [Benchmark(Baseline = true, Description = "kernel alone, per mark", OperationsPerInvoke = Marks)]
    public long Kernel()
    {
        Array.Clear(counts);
        MarkCounter.Count(rows, Members, 4, counts);
        return counts[0];
    }

    /// <summary>The lean kernel that screens each row for the two validity rules in the same pass (what the box runs for them), over the same rows.</summary>
    [Benchmark(Description = "kernel with validity rules, per mark", OperationsPerInvoke = Marks)]
    public long KernelWithRules()
    {
        Array.Clear(counts);
        voided.Clear();
        var filter = new PairRuleFilter(rules, (1UL << Members) - 1, Members, voided);
        return PairedRowCounter.Count(rows, Members, 4, counts, (1UL << Members) - 1, ref filter);
    }

    /// <summary>The general kernel, a whole histogram per row (what the box runs for rules beyond a capped level and identical marks), over the same rows.</summary>
    [Benchmark(Description = "kernel with a whole histogram per row, per mark", OperationsPerInvoke = Marks)]
    public long KernelWithHistograms()
    {
        Array.Clear(counts);
        voided.Clear();
        var filter = new HistogramRuleFilter(rules, voided);
        return FilteredRowCounter.Count(rows, Members, 4, counts, (1UL << Members) - 1, rules.LevelCount, rules.NeedsBlanks, ref filter);
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

    /// <summary>The plain box's report alone (50 candidates), from a tally counted once: the per-box cost beside the counting, per report.</summary>
    [Benchmark(Description = "report of the plain box alone, per report")]
    public int ReportAlone() => plainTally.ToReport(SuggestionRule.Default).Candidates.Length;

    private int Run(BallotForm form, SuggestionRule rule)
    {
        var box = new BallotBox(form, candidates, Ballots);
        box.AddCodedBlock("党员", rows);
        return box.Report(rule).Candidates.Count(c => c.SuggestedGrade is not null);
    }
}
