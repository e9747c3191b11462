namespace OrgLife.Rules.Validation;

/// <summary>
/// The record paths rules use to name missing data and finding subjects, the same words as the
/// JSON record format (camelCase, dotted, indexes in brackets).
/// </summary>
internal static class RecordPaths
{
    public const string Branch = "branch";
    public const string Members = "branch.members";
    public const string PartyGroups = "branch.partyGroups";
    public const string Preparation = "preparation";
    public const string Meeting = "meeting";
    public const string MeetingDate = "meeting.date";
    public const string Attendance = "meeting.attendance";
    public const string Evaluation = "evaluation";
    public const string FollowUp = "followUp";

    /// <summary>The path of the member at <paramref name="index"/> of the roster.</summary>
    public static string Member(int index) => MemberPaths.At(index);

    /// <summary>A child path: <c>parent.name</c>.</summary>
    public static string Of(string parent, string name) => $"{parent}.{name}";

    /// <summary>An indexed path: <c>parent[index]</c>.</summary>
    public static string At(string parent, int index) => $"{parent}[{index}]";

    /// <summary>The paths <c>branch.members[i]</c>, the first ones formatted once.</summary>
    private static readonly IndexedPaths MemberPaths = new(Members);
}
