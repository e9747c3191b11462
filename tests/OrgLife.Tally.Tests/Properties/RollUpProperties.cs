using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrgLife.Ids;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Merging;
using OrgLife.Tally.Reports;

namespace OrgLife.Tally.Tests.Properties;

public sealed class RollUpProperties
{
    private static readonly string[][] Paths = [["省", "甲市", "子县"], ["省", "甲市", "丑县"], ["省", "乙市"], []];

    private static readonly Gen<BranchTally[]> Branches =
        Gen.ArrayOf(
            from path in Gen.Elements(Paths)
            from graded in Gen.Choose(1, 6)
            from issued in Gen.Choose(0, 8)
            from ballots in Gen.ArrayOf(Gen.ArrayOf(Gen.Choose(0, 4), graded)).Select(b => b.Take(8).ToArray())
            select (path, graded, issued, ballots))
        .Select(items => items.Take(12).Select((item, index) =>
        {
            var box = new BallotBox(BallotForms.FourGrades, TestForms.Candidates(item.graded), item.issued);
            for (var b = 0; b < item.ballots.Length; b++)
            {
                box.Submit(new Ballot($"S{b}", null, [.. item.ballots[b].Select((code, c) => new Mark($"m{c + 1}", null, code == 0 ? [] : [Scale.FourGrades.Levels[code - 1].Name]))]));
            }

            return new BranchTally(new BranchId($"B{index}"), [.. item.path], box.ToTally());
        }).ToArray());

    [Property(MaxTest = 60)]
    public Property Roll_ups_merge_in_any_order_and_grouping_with_the_same_result()
    {
        var gen = from branches in Branches
                  from cut in Gen.Choose(0, branches.Length)
                  select (branches, cut);
        return Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var rule = SuggestionRule.Default;
            var whole = RollUp.Build(input.branches, rule, maxDegreeOfParallelism: 2);
            var left = RollUp.Build(input.branches[..input.cut], rule);
            var right = RollUp.Build(input.branches[input.cut..], rule);
            return whole.Equals(left.Merge(right)) && whole.Equals(right.Merge(left)) && whole.Equals(RollUp.Empty(rule).Merge(whole))
                && whole.Total.Branches == input.branches.Length
                && whole.OverExcellentCap.Length == input.branches.Count(b => 3 * b.Tally.ToReport(rule).Candidates.Count(c => c.SuggestedGrade == OrgLife.Grades.Grade.Excellent) > b.Tally.Candidates.Graded.Length);
        });
    }

    [Property(MaxTest = 60)]
    public Property Roll_ups_of_an_async_stream_equal_the_plain_roll_up_and_report_every_branch()
        => Prop.ForAll(Branches.ToArbitrary(), branches =>
        {
            var rule = SuggestionRule.Default;
            var plain = RollUp.Build(branches, rule);
            var progress = new List<TallyProgress>();
            var streamed = RollUp.BuildAsync(Stream(branches), rule, new Synchronous(progress)).GetAwaiter().GetResult();
            return plain.Equals(streamed) && progress[^1] == new TallyProgress(0, branches.Length)
                && progress.Zip(progress.Skip(1)).All(p => p.Second.Branches >= p.First.Branches);
        });

    [Fact]
    public async Task A_cancelled_roll_up_stops_with_operation_canceled()
    {
        var many = Enumerable.Repeat(new BranchTally(new BranchId("B"), [], new BallotBox(BallotForms.FourGrades, TestForms.Candidates(2), 1).ToTally()), 10_000);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RollUp.BuildAsync(Stream([.. many]), SuggestionRule.Default, null, new CancellationToken(canceled: true)));
    }

    private static async IAsyncEnumerable<BranchTally> Stream(BranchTally[] branches)
    {
        foreach (var branch in branches)
        {
            await Task.Yield();
            yield return branch;
        }
    }

    private sealed class Synchronous(List<TallyProgress> reports) : IProgress<TallyProgress>
    {
        public void Report(TallyProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
