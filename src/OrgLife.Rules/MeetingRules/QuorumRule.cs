using System.Collections.Immutable;
using OrgLife.Findings;
using OrgLife.Ids;
using OrgLife.Meetings;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.MeetingRules;

/// <summary>
/// OL201 Quorum 到会人数 — the members with a vote who attend reach half of those due. Only full members not on
/// probation within the party and not excluded with approval are due; probationary members never count either way.
/// "半数以上" includes half by default. It counts the 党员大会 part (Revision 2): in the 支委会 form the general meeting
/// of the evaluation, in the 党小组会 form the 党员大会 that holds the 民主测评 (the last listed), each read through
/// <see cref="MeetingParts"/>. A member who took part other than in person counts only when the policy says so
/// (<see cref="Policies.OrgLifePolicy.ParticipationOtherThanInPersonCountsTowardQuorum"/>, default no). A 民主生活会
/// counts 班子成员 instead: every roster member not excluded with approval is due, 列席 attendees neither count nor are
/// due, and two thirds (the policy's ratio) must attend.
/// </summary>
internal sealed class QuorumRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(
        new RuleId("OL201"),
        "Quorum",
        "到会人数",
        "Attendance of members with a vote at the general-meeting part reaches half of those due (two thirds of the team members for a democratic-life meeting, 列席 attendees not counted); members taking part other than in person count only where the policy says so (default no).",
        Severity.Error,
        [
            Sources.BranchWorkRegulations("第十一条", "表决必须有半数以上有表决权的党员到会方可进行"),
            Sources.DemocraticLifeRules("到会人数", "三分之二以上"),
        ])
    {
        ChineseSummary = "有表决权的党员到会人数达到应到会人数的半数以上（民主生活会：应到会班子成员的三分之二以上）；预备党员不计入。",
    };

    public override ImmutableArray<MessageTemplate> Messages { get; } =
    [
        new("OL201.Violated",
            "{present} of {due} members due to attend with a vote were present; at least {required} are needed.",
            "应到会有表决权的党员 {due} 人，实到 {present} 人，至少需要 {required} 人。"),
        new("OL201.TeamViolated",
            "{present} of {due} leadership team members due to attend were present; at least {required} are needed.",
            "应到会班子成员 {due} 人，实到 {present} 人，至少需要 {required} 人。"),
    ];

    public override RuleEvaluation Evaluate(RuleContext context)
    {
        if (context.Branch is not { } branch)
        {
            return RuleEvaluation.Missing(RecordPaths.Branch);
        }

        var part = context.IsDemocraticLife
            ? new PartAttendance(context.Meeting?.Attendance ?? default, context.Present, RecordPaths.Attendance)
            : MeetingParts.Of(context, MeetingPartKind.GeneralMeeting, PartChoice.Last);
        if (part.IsMissing)
        {
            return RuleEvaluation.Missing(part.Path);
        }

        // Sets only where needed (a 民主生活会's 列席, the knob for other participation): most records need neither.
        var present = part.Present!;
        var sittingIn = context.IsDemocraticLife ? Where(part.Entries, static e => e.SitsIn) : null;
        var otherwise = context.Policy.ParticipationOtherThanInPersonCountsTowardQuorum ? Where(part.Entries, static e => e is { Present: false, ParticipatedBy: not null, SitsIn: false }) : null;
        var due = 0;
        var attending = 0;
        var hint = 0;
        foreach (var member in branch.Members)
        {
            var id = member.Id;
            var counts = context.IsDemocraticLife
                ? member.AttendanceExclusion is null && !sittingIn!.Contains(id)
                : member.IsDueToAttend;
            if (counts)
            {
                due++;
                attending += present.Contains(id, ref hint) || (otherwise?.Contains(id) ?? false) ? 1 : 0;
            }
        }

        var required = RequiredAttendance(due, context);
        if (attending >= required)
        {
            return RuleEvaluation.Passed;
        }

        return RuleEvaluation.Of(
        [
            RuleEvaluation.Finding(
                new FindingSubject(SubjectKind.Meeting, null, part.Path),
                context.IsDemocraticLife ? "OL201.TeamViolated" : "OL201.Violated",
                Severity.Error,
                ("present", attending),
                ("due", due),
                ("required", required)),
        ]);
    }

    /// <summary>The least attendance that satisfies the rule for <paramref name="due"/> members due, in whole members.</summary>
    internal static int RequiredAttendance(int due, RuleContext context)
    {
        if (context.IsDemocraticLife)
        {
            var ratio = context.Policy.DemocraticLifeQuorum;
            return (int)CeilingDivide((long)due * ratio.Numerator, ratio.Denominator);
        }

        return HalfQuorum.Required(due, context.Policy.QuorumMode);
    }

    /// <summary>The members of the entries that satisfy <paramref name="test"/>.</summary>
    private static HashSet<MemberId> Where(ImmutableArray<AttendanceEntry> entries, Func<AttendanceEntry, bool> test)
    {
        var members = new HashSet<MemberId>(MemberIdComparer.Instance);
        foreach (var entry in entries)
        {
            if (entry is not null && test(entry))
            {
                members.Add(entry.MemberId);
            }
        }

        return members;
    }

    private static long CeilingDivide(long numerator, long denominator) => (numerator + denominator - 1) / denominator;
}
