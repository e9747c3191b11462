using NodaTime;
using OrgLife.Rules.Policies;

namespace OrgLife.Rules.Tests.Properties;

public sealed class PolicyBoundsTests
{
    public static TheoryData<string, Func<OrgLifePolicy>> OutOfBounds => new()
    {
        { "MemberCommitmentReportMonths", () => PolicyPresets.National with { MemberCommitmentReportMonths = 13 } },
        { "MemberCommitmentReportMonths", () => PolicyPresets.National with { MemberCommitmentReportMonths = 24 } },
        { "BranchProgressReportMonths", () => PolicyPresets.National with { BranchProgressReportMonths = 0 } },
        { "ReportDays", () => PolicyPresets.National with { ReportDays = 2_000_000 } },
        { "DemocraticLifeReportDays", () => PolicyPresets.National with { DemocraticLifeReportDays = int.MaxValue } },
        { "MemberNoticeDays", () => PolicyPresets.National with { MemberNoticeDays = -1 } },
        { "SuperiorNoticeDays", () => PolicyPresets.National with { SuperiorNoticeDays = int.MaxValue - 1 } },
        { "PlanLeadDays", () => PolicyPresets.National with { PlanLeadDays = 367 } },
        { "MeetingIntervalMonths", () => PolicyPresets.National with { MeetingIntervalMonths = int.MaxValue } },
        { "GroupSplitThreshold", () => PolicyPresets.National with { GroupSplitThreshold = int.MaxValue } },
        { "MinimumDuration", () => PolicyPresets.National with { MinimumDuration = Duration.FromDays(3) } },
        { "ExcellentCap", () => PolicyPresets.National with { ExcellentCap = default(Ratio) } },
        { "DemocraticLifeQuorum", () => PolicyPresets.National with { DemocraticLifeQuorum = new Ratio(0, 3) } },
        { "ReportDays", () => new CampaignOverlay { ReportDays = 1_000_000 }.ApplyTo(PolicyPresets.National) },
        { "MemberNoticeDays", () => new CampaignOverlay { MemberNoticeDays = int.MinValue }.ApplyTo(PolicyPresets.National) },
        { "GroupSplitThreshold", () => new CampaignOverlay { GroupSplitThreshold = 0 }.ApplyTo(PolicyPresets.National) },
    };

    [Theory]
    [MemberData(nameof(OutOfBounds))]
    public void A_knob_outside_its_bounds_is_rejected_when_the_policy_is_built_naming_the_field(string field, Func<OrgLifePolicy> build)
    {
        var error = Assert.ThrowsAny<ArgumentException>(build);
        Assert.Equal(field, error.ParamName);
        Assert.Contains($"OrgLifePolicy.{field}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bounds_themselves_are_allowed()
    {
        var policy = PolicyPresets.National with
        {
            ReportDays = OrgLifePolicy.MaxDays, MemberNoticeDays = 0, MemberCommitmentReportMonths = OrgLifePolicy.MaxReportMonths,
            MeetingIntervalMonths = OrgLifePolicy.MaxMeetingIntervalMonths, GroupSplitThreshold = OrgLifePolicy.MaxGroupSplitThreshold,
            MinimumDuration = Duration.FromHours(OrgLifePolicy.MaxMinimumDurationHours),
        };
        Assert.Equal(366, policy.ReportDays);
    }
}
