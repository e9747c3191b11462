using FsCheck;
using FsCheck.Fluent;
using OrgLife.Ids;
using OrgLife.Rules.MeetingRules;

namespace OrgLife.Rules.Tests.MeetingRules;

/// <summary>OL206's participant look-up (hint, the two after it, then a hash index built on the first miss) finds what a plain search finds.</summary>
public sealed class ParticipantIndexProperties
{
    [Fact]
    public void The_hinted_look_up_finds_what_a_plain_search_finds()
    {
        // Distinct participants (the circle is de-duplicated); queries in order runs, as remarks are listed, mixed with strays.
        var cases = from count in Gen.Choose(0, 40)
                    from queries in Gen.ArrayOf(Gen.Frequency((6, Gen.Choose(0, Math.Max(count - 1, 0))), (1, Gen.Choose(40, 45))))
                    from ordered in Gen.Elements(false, true)
                    select (count, queries: ordered ? [.. queries.Order()] : queries);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var participants = Enumerable.Range(0, c.count).Select(i => new MemberId($"m{i:000}")).ToList();
            var index = new ParticipantIndex(participants);
            var hint = 0;
            return c.queries.All(q =>
            {
                var id = new MemberId($"m{q:000}");
                return index.Find(id, ref hint) == participants.FindIndex(p => p.Value == id.Value);
            });
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }
}
