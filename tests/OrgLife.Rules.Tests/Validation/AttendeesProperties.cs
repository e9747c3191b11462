using FsCheck;
using FsCheck.Fluent;
using OrgLife.Ids;
using OrgLife.Meetings;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.Tests.Validation;

/// <summary>
/// The attendees index (scanned up to <see cref="Attendees.ScanLimit"/> entries, hashed beyond) answers as a plain list
/// of the distinct members recorded present, in order: the same members, positions and hint look-ups.
/// </summary>
public sealed class AttendeesProperties
{
    [Fact]
    public void The_attendees_index_answers_as_a_plain_list_of_those_present()
    {
        var id = Gen.Choose(1, 90).Select(n => $"m{n:000}");
        var entry = from text in id
                    from present in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
                    select new AttendanceEntry { MemberId = new MemberId(new string(text.AsSpan())), Present = present };
        var cases = from length in Gen.Frequency((3, Gen.Choose(0, 30)), (1, Gen.Choose(60, 140)))
                    from entries in Gen.ArrayOf(entry, length)
                    from probes in Gen.ArrayOf(id, 40)
                    select (entries, probes);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var attendees = Attendees.Present([.. c.entries]);
            var plain = new List<string>();
            foreach (var e in c.entries)
            {
                if (e.Present && !plain.Contains(e.MemberId.Value, StringComparer.Ordinal))
                {
                    plain.Add(e.MemberId.Value);
                }
            }

            var hint = 0;
            return attendees.InOrder.Select(m => m.Value).SequenceEqual(plain)
                && c.probes.All(p => attendees.IndexOf(new MemberId(p)) == plain.IndexOf(p)
                    && attendees.Contains(new MemberId(p)) == plain.Contains(p)
                    && attendees.Contains(new MemberId(p), ref hint) == plain.Contains(p)
                    && (!plain.Contains(p) || plain[hint] == p));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }
}
