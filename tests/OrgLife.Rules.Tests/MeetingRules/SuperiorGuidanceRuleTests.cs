using OrgLife.Branches;
using OrgLife.Findings;
using OrgLife.Meetings;
using OrgLife.Rules.Policies;
using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.MeetingRules;

public sealed class SuperiorGuidanceRuleTests
{
    private static Records.BranchRecord With(BranchKind kind, bool? attended, SuperiorGuidance? guidance)
        => MeetingSamples.Record(Sample.Branch(5, kind: kind), Sample.Meeting() with { SuperiorRepresentativeAttended = attended, SuperiorGuidance = guidance });

    private static SuperiorGuidance Guidance(bool? township, bool? commented) => new() { RepresentativeName = "Wang", IsTownshipOrStreetLeader = township, Commented = commented };

    [Fact]
    public void A_township_leader_who_attended_and_commented_passes_for_a_village_branch()
        => Assert.Equal(RuleOutcome.Passed, With(BranchKind.Village, true, Guidance(true, true)).Outcome("OL207"));

    [Fact]
    public void A_village_branch_needs_a_township_or_street_leader()
        => Assert.Equal(["OL207.NotTownshipLeader"], With(BranchKind.Community, true, Guidance(false, true)).Keys("OL207"));

    [Fact]
    public void Other_branches_accept_any_representative()
        => Assert.Equal(RuleOutcome.Passed, With(BranchKind.School, true, Guidance(false, true)).Outcome("OL207"));

    [Fact]
    public void No_representative_is_an_error_by_default_and_a_warning_when_advisory()
    {
        var record = With(BranchKind.School, false, null);
        Assert.Equal(Severity.Error, record.Validate().Result("OL207").Findings.Single().Severity);
        var advisory = PolicyPresets.National with { SuperiorGuidance = GuidanceRequirement.Advisory };
        Assert.Equal(Severity.Warning, record.Validate(advisory).Result("OL207").Findings.Single().Severity);
    }

    [Fact]
    public void A_representative_who_did_not_comment_is_reported()
        => Assert.Equal(["OL207.NoComment"], With(BranchKind.School, true, Guidance(null, false)).Keys("OL207"));

    [Fact]
    public void Superior_guidance_names_every_missing_datum()
    {
        With(BranchKind.School, null, null).AssertMissing("OL207", "meeting.superiorRepresentativeAttended");
        With(BranchKind.Village, true, Guidance(null, null)).AssertMissing("OL207", "meeting.superiorGuidance.commented", "meeting.superiorGuidance.isTownshipOrStreetLeader");
    }
}
