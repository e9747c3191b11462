using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Scheduling;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.FollowUpRules;

/// <summary>
/// OL503 RectificationPublic 整改公示 — the rectification measures were made public to members and the masses, and so was
/// their completion (Municipal-2016 二.6 "整改内容和完成情况要在一定范围公示"): an error ("要"). The measures are due after the
/// meeting; the completion once the last rectification item's deadline has passed (up to that day it is still due:
/// information). An unrecorded completion is named missing only once it is due; an unrecorded publicity of the measures
/// makes the rule not evaluated unless the completion already proves a violation.
/// </summary>
internal sealed class RectificationPublicRule : Rule
{
    // Formatted once, not per record.
    private static readonly string FollowUpRectificationPublicizedPath = RecordPaths.Of(RecordPaths.FollowUp, "rectificationPublicized");
    private static readonly string FollowUpCompletionPublicizedPath = RecordPaths.Of(RecordPaths.FollowUp, "completionPublicized");

    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL503"),
        "RectificationPublic",
        "整改公示",
        "The rectification measures, and later their completion, were made public to members and the masses.",
        Severity.Error,
        [
            Sources.Municipal2016("二.6", "整改内容和完成情况要在一定范围公示，接受党员群众监督。"),
            Sources.Village2019("二.6", "整改措施要向党员群众公开，向上级组织报备，接受各方面监督。"),
            Sources.District2017("附件2 六", "整改内容和完成情况要在一定范围公示，接受党员群众监督。"),
            Sources.Collection("第一篇 3.3", "对群众普遍关心的问题,要将整改措施用适当的方式向群众公布,接受群众监督。"),
        ])
    {
        ChineseSummary = "整改措施向党员群众公开，整改内容和完成情况在一定范围公示，接受党员群众监督。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL503.NotPublicized",
            "The rectification measures were not made public to members and the masses.",
            "整改措施未向党员群众公开。"),
        new("OL503.CompletionNotPublicized",
            "The completion of the rectification was not made public; it was due after the last rectification deadline {due}.",
            "整改完成情况未在一定范围公示；最后一项整改时限为 {due}。"),
        new("OL503.CompletionPending",
            "The completion of the rectification is to be made public once the last rectification deadline {due} has passed.",
            "整改完成情况应在最后一项整改时限 {due} 之后在一定范围公示。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context)
    {
        var measuresPath = FollowUpRectificationPublicizedPath;
        var completionPath = FollowUpCompletionPublicizedPath;
        var findings = new List<FindingDraft>();
        var missing = new List<string>();
        switch (context.FollowUp?.RectificationPublicized)
        {
            case null:
                missing.Add(measuresPath);
                break;
            case { Happened: false }:
                findings.Add(RuleEvaluation.Finding(new FindingSubject(SubjectKind.FollowUp, null, measuresPath), "OL503.NotPublicized", Severity.Error));
                break;
        }

        // The completion is due only once every rectification item's deadline has passed; before that nothing is missing.
        if (LastDeadline(context.FollowUp?.RectificationItems) is { } due)
        {
            var completion = context.FollowUp!.CompletionPublicized;
            var subject = new FindingSubject(SubjectKind.FollowUp, null, completionPath);
            if (completion is { Happened: false })
            {
                findings.Add(DueDates.IsPast(due, context.AsOf)
                    ? RuleEvaluation.Finding(subject, "OL503.CompletionNotPublicized", Severity.Error, ("due", due))
                    : RuleEvaluation.Finding(subject, "OL503.CompletionPending", Severity.Info, ("due", due)));
            }
            else if (completion is null && DueDates.IsPast(due, context.AsOf))
            {
                missing.Add(completionPath);
            }
        }

        return missing.Count > 0 && !findings.Exists(f => f.Severity >= Severity.Warning) ? RuleEvaluation.Missing([.. missing]) : RuleEvaluation.Of(findings);
    }

    /// <summary>The latest deadline of the items; null when there are none or one has no deadline.</summary>
    private static NodaTime.LocalDate? LastDeadline(ImmutableArray<FollowUp.RectificationItem>? items)
    {
        if (items is not { } all || all.Length == 0)
        {
            return null;
        }

        NodaTime.LocalDate? last = null;
        foreach (var item in all)
        {
            if (item.Deadline is not { } deadline)
            {
                return null;
            }

            last = last is { } latest && latest >= deadline ? latest : deadline;
        }

        return last;
    }
}
