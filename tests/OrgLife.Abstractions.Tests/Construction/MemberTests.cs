using OrgLife.Ids;
using OrgLife.Members;

namespace OrgLife.Abstractions.Tests.Construction;

public sealed class MemberTests
{
    [Fact]
    public void A_member_with_an_empty_ID_is_rejected_naming_the_field()
    {
        var error = Assert.Throws<ArgumentException>(() => new Member { Id = default(MemberId), Name = "王芳" });
        Assert.Equal(nameof(Member.Id), error.ParamName);
        Assert.Contains("Member.Id", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_member_with_a_blank_name_is_rejected_naming_the_field_and_the_member(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => new Member { Id = "m7", Name = name });
        Assert.Equal(nameof(Member.Name), error.ParamName);
        Assert.Contains("m7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Secretary_and_deputy_secretary_on_one_member_are_rejected()
    {
        var error = Assert.Throws<ArgumentException>(
            () => new Member { Id = "m1", Name = "王芳", Roles = BranchRoles.Secretary | BranchRoles.DeputySecretary });
        Assert.Equal(nameof(Member.Roles), error.ParamName);
        Assert.Contains("m1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_with_copy_cannot_make_a_secretary_also_deputy_secretary()
    {
        var secretary = Roster.Member("m1", BranchRoles.Secretary);
        Assert.Throws<ArgumentException>(() => secretary with { Roles = secretary.Roles | BranchRoles.DeputySecretary });
    }

    [Fact]
    public void A_probationary_secretary_is_allowed()
    {
        var member = Roster.Member("m1", BranchRoles.Secretary, MembershipStatus.Probationary);
        Assert.True(member.IsSecretary);
        Assert.False(member.HasVote);
        Assert.False(member.IsGradable);
    }

    [Fact]
    public void A_secretary_may_also_lead_a_party_group()
    {
        var member = Roster.Member("m1", BranchRoles.Secretary | BranchRoles.GroupLeader);
        Assert.True(member.IsOnCommittee);
    }

    [Fact]
    public void Unknown_role_flags_are_rejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Roster.Member("m1", (BranchRoles)64));
        Assert.Equal(nameof(Member.Roles), error.ParamName);
    }

    [Fact]
    public void An_unknown_membership_status_is_rejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Roster.Member("m1", status: (MembershipStatus)7));
        Assert.Equal(nameof(Member.Status), error.ParamName);
    }

    [Fact]
    public void Unknown_circumstance_flags_are_rejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => new Member { Id = "m1", Name = "王芳", Circumstances = (MemberCircumstances)128 });
        Assert.Equal(nameof(Member.Circumstances), error.ParamName);
    }

    [Fact]
    public void An_unknown_attendance_exclusion_reason_is_rejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new AttendanceExclusion((AttendanceExclusionReason)42));
        Assert.Equal(nameof(AttendanceExclusion.Reason), error.ParamName);
        var valid = new AttendanceExclusion(AttendanceExclusionReason.Bedridden);
        Assert.Throws<ArgumentOutOfRangeException>(() => valid with { Reason = (AttendanceExclusionReason)42 });
    }

    [Fact]
    public void Only_full_members_not_on_probation_within_the_party_have_a_vote()
    {
        Assert.True(Roster.Member("m1").HasVote);
        Assert.False((Roster.Member("m1") with { OnProbationWithinParty = true }).HasVote);
        Assert.False(Roster.Member("m1", status: MembershipStatus.Probationary).HasVote);
    }

    [Fact]
    public void An_approved_exclusion_takes_a_voting_member_out_of_the_number_due_to_attend()
    {
        var member = Roster.Member("m1") with { AttendanceExclusion = new AttendanceExclusion(AttendanceExclusionReason.AbroadSixMonthsOrMore) };
        Assert.True(member.HasVote);
        Assert.False(member.IsDueToAttend);
    }
}
