using FsCheck;
using FsCheck.Fluent;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;

namespace OrgLife.Tally.Tests.Properties;

/// <summary>One generated ballot: its voter category and one choice code per column (see <see cref="BallotGenerators"/>).</summary>
internal sealed record GeneratedBallot(int Category, int[] Codes, bool MarksProbationary);

/// <summary>
/// Generators of ballots for <see cref="TestForms.SixCriteriaTwoCategories"/> with three graded and one probationary
/// candidate. Column codes: −2 two different levels, −1 an unknown level, 0 blank, k ≥ 1 the k-th level
/// (an unknown level when the column has fewer). The last column is the committee criterion.
/// </summary>
internal static class BallotGenerators
{
    internal const int Graded = 3;

    internal static readonly BallotForm Form = TestForms.SixCriteriaTwoCategories;

    internal static readonly int Columns = (Graded * Form.Criteria.Length) + Form.CommitteeCriteria.Length;

    // One ballot in ten is left entirely blank, as happens when a voter abstains on the whole form.
    internal static Gen<GeneratedBallot> Ballot { get; } =
        from category in Gen.Choose(0, Form.VoterCategories.Length - 1)
        from codes in Gen.Frequency(
            (9, Gen.ArrayOf(Gen.Frequency((1, Gen.Choose(-2, -1)), (2, Gen.Constant(0)), (8, Gen.Choose(1, 4))), Columns)),
            (1, Gen.Constant(new int[Columns])))
        from probationary in Gen.Elements(false, false, true)
        select new GeneratedBallot(category, codes, probationary);

    internal static Gen<GeneratedBallot[]> Ballots { get; } = Gen.ArrayOf(Ballot).Select(b => b.Take(60).ToArray());

    /// <summary>Turns generated ballots into ballots whose serials start at <paramref name="firstSerial"/>.</summary>
    internal static IEnumerable<Ballot> ToBallots(IEnumerable<GeneratedBallot> ballots, int firstSerial = 0, BallotForm? form = null) =>
        ballots.Select((b, i) => ToBallot(b, $"S{firstSerial + i}", form ?? Form));

    internal static Ballot ToBallot(GeneratedBallot ballot, string serial, BallotForm form, int? onlyCriterion = null)
    {
        var marks = new List<Mark>();
        for (var candidate = 0; candidate < Graded; candidate++)
        {
            for (var criterion = 0; criterion < Form.Criteria.Length; criterion++)
            {
                if (onlyCriterion is null || onlyCriterion == criterion)
                {
                    marks.Add(MarkOf($"m{candidate + 1}", Form.Criteria[criterion], ballot.Codes[(candidate * Form.Criteria.Length) + criterion]));
                }
            }
        }

        if (onlyCriterion is null)
        {
            marks.Add(MarkOf(null, Form.CommitteeCriteria[0], ballot.Codes[^1]));
        }

        if (ballot.MarksProbationary)
        {
            marks.Add(Mark.Of("p1", null, "优秀"));
        }

        return new Ballot(serial, form.VoterCategories[ballot.Category].Name, marks);
    }

    internal static BallotBox Box(IEnumerable<GeneratedBallot> ballots, int issued = 1000, int firstSerial = 0, int blockRows = 7)
    {
        var box = new BallotBox(Form, TestForms.Candidates(Graded, 1), issued, blockRows);
        box.SubmitAll(ToBallots(ballots, firstSerial));
        return box;
    }

    private static Mark MarkOf(string? candidate, Criterion criterion, int code)
    {
        var levels = criterion.Scale.Levels;
        IReadOnlyList<string> choices = code switch
        {
            -2 => [levels[0].Name, levels[1].Code],
            -1 => ["不存在的等次"],
            0 => [],
            _ when code > levels.Length => ["不存在的等次"],
            _ => [code % 2 == 0 ? levels[code - 1].Code.ToUpperInvariant() : levels[code - 1].Name],
        };
        return new Mark(candidate, criterion.Name, choices);
    }
}
