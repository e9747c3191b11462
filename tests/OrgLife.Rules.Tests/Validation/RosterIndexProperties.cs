using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using OrgLife.Branches;
using OrgLife.Ids;
using OrgLife.Members;
using OrgLife.Records;
using OrgLife.Rules.Policies;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.Tests.Validation;

/// <summary>
/// The context's roster look-up (the last hit's successor first, then a scan up to 64 members, a hash index beyond)
/// finds what a plain search of the roster finds, whatever the order of the questions: runs in roster order, as rules
/// ask, mixed with any member and with IDs not on the roster.
/// </summary>
public sealed class RosterIndexProperties
{
    [Fact]
    public void The_roster_look_up_finds_what_a_plain_search_finds()
    {
        var cases = from size in Gen.Frequency((4, Gen.Choose(0, 30)), (1, Gen.Choose(60, 80)))
                    from numbers in Gen.Shuffle(Enumerable.Range(1, 90).ToArray())
                    from probes in Gen.ArrayOf(Gen.Frequency((6, Gen.Constant(-1)), (3, Gen.Choose(1, 95))), 60)
                    select (roster: numbers.Take(size).ToArray(), probes);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var members = c.roster.Select(n => new Member { Id = new MemberId($"m{n:000}"), Name = $"党员{n}" }).ToArray();
            var branch = new Branch(new BranchId("b"), "支部", BranchKind.Village, hasCommittee: false, [.. members]);
            var context = new RuleContext(new BranchRecord { Branch = branch }, PolicyPresets.National, new LocalDate(2027, 1, 1));
            var next = 0;
            foreach (var probe in c.probes)
            {
                // -1: the roster member after the last asked for (a run in roster order); otherwise that number, on the roster or not.
                var text = probe < 0 ? (c.roster.Length == 0 ? "m999" : $"m{c.roster[next++ % c.roster.Length]:000}") : $"m{probe:000}";
                var expected = Array.FindIndex(members, m => m.Id.Value == text);
                if (context.RosterIndexOf(new MemberId(new string(text.AsSpan()))) != expected)
                {
                    return false;
                }

                next = expected >= 0 ? expected + 1 : next;
            }

            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }
}
