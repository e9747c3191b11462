using FsCheck;
using FsCheck.Fluent;
using OrgLife.Rules.MeetingRules;

namespace OrgLife.Rules.Tests.MeetingRules;

/// <summary>OL206's pair store: the bit matrix (few participants) holds exactly the pairs the hash set (the plain reference) holds.</summary>
public sealed class CriticismPairsProperties
{
    [Fact]
    public void The_bit_matrix_answers_every_pair_as_the_hash_set_does()
    {
        var cases = from participants in Gen.Choose(0, 70)
                    from pairs in participants == 0
                        ? Gen.Constant(Array.Empty<(int, int)>())
                        : Gen.ArrayOf(Gen.Zip(Gen.Choose(0, participants - 1), Gen.Choose(0, participants - 1)))
                    select (participants, pairs);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var matrix = new CriticismPairs(c.participants, c.pairs.Length, useMatrix: true);
            var set = new CriticismPairs(c.participants, c.pairs.Length, useMatrix: false);
            foreach (var (from, to) in c.pairs)
            {
                matrix.Add(from, to);
                set.Add(from, to);
            }

            for (var from = 0; from < c.participants; from++)
            {
                for (var to = 0; to < c.participants; to++)
                {
                    if (matrix.Contains(from, to) != set.Contains(from, to) || set.Contains(from, to) != c.pairs.Contains((from, to)))
                    {
                        return false;
                    }
                }
            }

            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }
}
