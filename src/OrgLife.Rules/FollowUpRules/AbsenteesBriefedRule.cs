using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.FollowUpRules;

/// <summary>
/// OL509 AbsenteesBriefed 转告缺席人 — every absentee was told afterwards of the meeting and of the criticisms
/// addressed to them; a member who took part other than in person is not an absentee. One finding per absentee recorded as not briefed; absentees for whom nothing is
/// recorded make the rule "not evaluated" only when none recorded is at fault. No absentee: passed.
/// </summary>
internal sealed class AbsenteesBriefedRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL509"),
        "AbsenteesBriefed",
        "转告缺席人",
        "Absentees were told of the meeting and of the criticisms addressed to them.",
        Severity.Warning,
        [
            Sources.Collection("第一篇 3.2", "主持人或由主持人委托出席会议的其他同志将会议情况和批评意见转告缺席人。"),
            Sources.District2017("附件1 二.1", "会后，领导班子主要负责人将会议情况和批评意见转告缺席人。"),
        ])
    {
        ChineseSummary = "会后将会议情况和批评意见转告缺席人。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL509.NotBriefed",
            "Absentee {member} was not told of the meeting and of the criticisms addressed to them.",
            "缺席的 {member} 会后未被转告会议精神和对其提出的批评意见。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context)
    {
        // The single list, or the 党员大会 part when only parts are recorded.
        var (attendance, listPath) = MeetingRules.MeetingParts.Whole(context);
        if (attendance.IsDefault)
        {
            return RuleEvaluation.Missing(listPath);
        }

        var findings = new List<FindingDraft>();
        var missing = new List<string>();
        for (var i = 0; i < attendance.Length; i++)
        {
            var entry = attendance[i];
            // A member who took part other than in person (流入地, 适当方式 …) is no absentee.
            if (!entry.IsAbsentee)
            {
                continue;
            }

            var path = RecordPaths.At(listPath, i);
            if (entry.BriefedAfterwards is null)
            {
                missing.Add(RecordPaths.Of(path, "briefedAfterwards"));
            }
            else if (entry.BriefedAfterwards == false)
            {
                findings.Add(RuleEvaluation.Finding(new FindingSubject(SubjectKind.Member, entry.MemberId.Value, path), "OL509.NotBriefed", Severity.Warning, ("member", context.MemberName(entry.MemberId))));
            }
        }

        return PartialRecords.Conclude(findings, missing);
    }
}
