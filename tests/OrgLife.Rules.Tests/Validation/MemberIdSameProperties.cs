using FsCheck;
using FsCheck.Fluent;
using OrgLife.Ids;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.Tests.Validation;

/// <summary>The hint scans' ID comparison (last character first) is ordinal equality of the values, the comparer's own.</summary>
public sealed class MemberIdSameProperties
{
    [Fact]
    public void The_last_character_shortcut_is_ordinal_equality()
    {
        // IDs of one length differing anywhere (short ones compared in place, long ones as spans), the same text in distinct strings, and default IDs.
        var text = Gen.Elements("m001", "m002", "m101", "n001", "m00", "m0011", "党员1", "党员2", "a", "b",
            "member-000000001", "member-000000002", "nember-000000001", "member-0000000001", "m00000000001", "m00000000002");
        var id = Gen.Frequency((1, Gen.Constant(default(MemberId))), (8, text.Select(t => new MemberId(new string(t.AsSpan())))));
        Prop.ForAll(Gen.Zip(id, id).ToArbitrary(), pair =>
            MemberIdComparer.Same(pair.Item1, pair.Item2) == string.Equals(pair.Item1.Value, pair.Item2.Value, StringComparison.Ordinal)
            && MemberIdComparer.Same(pair.Item1, pair.Item2) == MemberIdComparer.Instance.Equals(pair.Item1, pair.Item2))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }
}
