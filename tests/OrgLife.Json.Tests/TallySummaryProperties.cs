using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrgLife.Ids;
using OrgLife.Json.Output;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;
using OrgLife.Tally.Merging;
using OrgLife.Tally.Reports;

namespace OrgLife.Json.Tests;

/// <summary>
/// <see cref="TallySummary.Add(TallySummary)"/>, the CLI's way to add up the summaries its workers keep: summaries of
/// any split of the branches, each rolled up on one core, add up to the summary of all the branches added in order.
/// </summary>
public sealed class TallySummaryProperties
{
    private static readonly Gen<BranchTally[]> Branches =
        Gen.ArrayOf(
            from graded in Gen.Choose(1, 5)
            from issued in Gen.Choose(0, 6)
            from ballots in Gen.ArrayOf(Gen.ArrayOf(Gen.Choose(0, 4), graded)).Select(b => b.Take(7).ToArray())
            select (graded, issued, ballots))
        .Select(items => items.Take(2100).Select((item, index) =>
        {
            var box = new BallotBox(BallotForms.FourGrades, new AssessmentCandidates(Enumerable.Range(1, item.graded).Select(c => new MemberId($"m{c}"))), item.issued);
            for (var b = 0; b < item.ballots.Length; b++)
            {
                box.Submit(new Ballot($"S{b}", null, [.. item.ballots[b].Select((code, c) => new Mark($"m{c + 1}", null, code == 0 ? [] : [Scale.FourGrades.Levels[code - 1].Name]))]));
            }

            return new BranchTally(new BranchId($"B{index}"), [], box.ToTally());
        }).ToArray());

    [Property(MaxTest = 40)]
    public Property Summaries_of_the_parts_added_up_equal_the_summary_of_the_whole()
    {
        var gen = from branches in Branches
                  from parts in Gen.Choose(1, 3)
                  from owners in Gen.ArrayOf(Gen.Choose(0, parts - 1), branches.Length)
                  from skipped in Gen.Choose(0, 2)
                  select (branches, parts, owners, skipped);
        return Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var rule = SuggestionRule.Default;
            var whole = new TallySummary(rule);
            var shares = Enumerable.Range(0, input.parts).Select(_ => new TallySummary(rule, maxDegreeOfParallelism: 1)).ToArray();
            for (var i = 0; i < input.branches.Length; i++)
            {
                whole.Add(input.branches[i].Branch, input.branches[i].Tally);
                shares[input.owners[i]].Add(input.branches[i].Branch, input.branches[i].Tally);
            }

            for (var i = 0; i < input.skipped; i++)
            {
                whole.RowSkipped();
                shares[i % input.parts].RowSkipped();
            }

            var added = new TallySummary(rule);
            foreach (var share in shares.Reverse())
            {
                added.Add(share);
            }

            return added.ToRollUp().Equals(whole.ToRollUp())
                && (added.Branches, added.VoidAssessments, added.RejectedBallots, added.SkippedRows, added.UncountedBranches)
                    == (whole.Branches, whole.VoidAssessments, whole.RejectedBallots, whole.SkippedRows, whole.UncountedBranches);
        });
    }
}
