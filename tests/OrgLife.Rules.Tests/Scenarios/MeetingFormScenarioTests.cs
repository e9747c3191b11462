using OrgLife.Findings;
using OrgLife.Meetings;
using OrgLife.Rules.Policies;
using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.Scenarios;

/// <summary>The exemplary branch of <see cref="SourceDocumentScenarioTests"/>, holding its meeting in each form, under each preset.</summary>
public sealed class MeetingFormScenarioTests
{
    [Theory]
    [MemberData(nameof(PresetData.PresetsAndForms), MemberType = typeof(PresetData))]
    public void A_branch_that_did_everything_right_in_any_form_has_no_error_and_no_warning_under_any_preset(string preset, MeetingForm form)
    {
        var policy = PolicyPresets.ByName(preset) with { CampaignDeadline = null };
        var record = SourceDocumentScenarioTests.Exemplary();
        var branch = FormSamples.WithTwoGroups(record.Branch!);
        record = record with { Branch = branch, Meeting = FormSamples.Compliant(branch, form, policy) };

        // Half a year on, as the general-meeting scenario: nothing is late yet.
        var report = record.Validate(policy, Sample.MeetingDate.PlusMonths(6));
        Assert.True(!report.HasErrors && !report.HasWarnings, $"{preset} {form}: " + string.Join("\n", report.FindingsAtLeast(Severity.Warning)));
        Assert.Empty(report.ResultsWith(RuleOutcome.NotEvaluated));
    }
}
