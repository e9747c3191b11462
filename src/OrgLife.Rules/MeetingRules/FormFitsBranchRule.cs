using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Meetings;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.MeetingRules;

/// <summary>
/// OL214 FormFitsBranch 会议形式 — a branch without a committee (支委会) holds its 组织生活会 in the general-meeting
/// form (党员大会), or, when it is large, holds the criticism in party groups (the 党小组会 form): District-2017 附件2 四
/// "不设支委会的党支部直接召开党员大会，人数较多的可以以党小组形式开展批评和自我批评". "Large" is the policy's
/// <see cref="Policies.OrgLifePolicy.GroupSplitThreshold"/> on the whole roster (as OL212); with no threshold any size
/// may. The 支委会 form needs a committee. A branch with a committee may use any form; a 民主生活会 has no form and passes.
/// Needs <c>branch</c> and, for a 组织生活会, <c>meeting.form</c>.
/// </summary>
internal sealed class FormFitsBranchRule : Rule
{
    private const string FormPath = "meeting.form";

    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL214"),
        "FormFitsBranch",
        "会议形式",
        "A branch without a committee holds the general-meeting form, or, when large, its criticism in party groups.",
        Severity.Error,
        [
            Sources.District2017("附件2 四", "不设支委会的党支部直接召开党员大会，人数较多的可以以党小组形式开展批评和自我批评。"),
        ])
    {
        ChineseSummary = "不设支委会的党支部直接召开党员大会（人数较多的可以以党小组形式开展批评和自我批评）。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL214.NeedsGeneralMeeting",
            "The branch has no committee, so it must hold a {required}, not {form}.",
            "支部未设支委会，应采用{required}形式，而非{form}形式。"),
        new("OL214.TooSmallForGroups",
            "The branch has no committee and {members} members (fewer than {threshold}), so it must hold a {required}, not {form}.",
            "支部未设支委会，党员 {members} 人，不足 {threshold} 人，应直接召开{required}，而非以{form}形式开展批评和自我批评。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context)
    {
        if (MissingData.Of((context.Branch is null, RecordPaths.Branch), (context.Meeting is null, RecordPaths.Meeting)) is { } missing)
        {
            return missing;
        }

        var (branch, meeting) = (context.Branch!, context.Meeting!);

        if (meeting.Kind == MeetingKind.DemocraticLife || branch.HasCommittee)
        {
            return RuleEvaluation.Passed;
        }

        if (meeting.Form is not { } form)
        {
            return RuleEvaluation.Missing(FormPath);
        }

        var subject = new FindingSubject(SubjectKind.Meeting, null, FormPath);
        switch (form)
        {
            case MeetingForm.GeneralMeeting:
                return RuleEvaluation.Passed;
            case MeetingForm.PartyGroupMeetings:
                var members = branch.Members.Length;
                return context.Policy.GroupSplitThreshold is { } threshold && members < threshold
                    ? RuleEvaluation.Of([RuleEvaluation.Finding(subject, "OL214.TooSmallForGroups", Severity.Error, ("members", members), ("threshold", threshold), ("required", MeetingForm.GeneralMeeting), ("form", form))])
                    : RuleEvaluation.Passed;
            default:
                return RuleEvaluation.Of([RuleEvaluation.Finding(subject, "OL214.NeedsGeneralMeeting", Severity.Error, ("required", MeetingForm.GeneralMeeting), ("form", form))]);
        }
    }
}
