using OrgLife.Ids;

namespace OrgLife.Rules.Validation;

/// <summary>How findings name a member: by the roster's name, falling back on the ID.</summary>
internal static class MemberNames
{
    /// <summary>The member's name from the roster, or the ID when the roster is absent or does not list them.</summary>
    public static string MemberName(this RuleContext context, MemberId member)
        => context.RosterIndexOf(member) is var at and >= 0 ? context.Branch!.Members[at].Name : member.Value; // the roster scan, not the branch's randomized hash
}
