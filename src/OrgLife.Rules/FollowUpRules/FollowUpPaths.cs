using NodaTime;
using OrgLife.Findings;
using OrgLife.Rules.Validation;

namespace OrgLife.Rules.FollowUpRules;

/// <summary>The record paths and finding subjects the follow-up (OL5xx) rules share.</summary>
internal static class FollowUpPaths
{
    public static readonly string ReportSubmitted = RecordPaths.Of(RecordPaths.FollowUp, "reportSubmitted");
    public static readonly string RectificationItems = RecordPaths.Of(RecordPaths.FollowUp, "rectificationItems");
    public static readonly string BranchProgressReports = RecordPaths.Of(RecordPaths.FollowUp, "branchProgressReports");
    public static readonly string MemberCommitmentReports = RecordPaths.Of(RecordPaths.FollowUp, "memberCommitmentReports");
    public const string EarlierMeetingDates = "earlierMeetingDates";

    /// <summary>A finding about the follow-up as a whole, at <paramref name="path"/>.</summary>
    public static FindingSubject FollowUp(string path) => new(SubjectKind.FollowUp, null, path);

    /// <summary>The meeting date; when absent, <paramref name="missingPath"/> names what is missing ("meeting" or "meeting.date").</summary>
    public static bool TryGetMeetingDate(RuleContext context, out LocalDate date, out string missingPath)
    {
        missingPath = context.Meeting is null ? RecordPaths.Meeting : RecordPaths.MeetingDate;
        date = context.Meeting?.Date ?? default;
        return context.Meeting?.Date is not null;
    }
}
