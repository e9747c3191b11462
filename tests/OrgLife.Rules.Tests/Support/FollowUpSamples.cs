using NodaTime;
using OrgLife.FollowUp;
using OrgLife.Meetings;
using OrgLife.Records;

namespace OrgLife.Rules.Tests.Support;

/// <summary>Builders for follow-up records for the OL5xx rules; the meeting is on <see cref="Sample.MeetingDate"/> (2026-12-15).</summary>
internal static class FollowUpSamples
{
    /// <summary>A record of a five-member branch with a meeting of <paramref name="kind"/> and <paramref name="followUp"/>.</summary>
    public static BranchRecord Record(FollowUpRecord? followUp, MeetingKind kind = MeetingKind.OrganizationalLife)
        => new() { Branch = Sample.Branch(5), Meeting = Sample.Meeting(kind), FollowUp = followUp };

    /// <summary>A complete rectification item due <paramref name="deadline"/>.</summary>
    public static RectificationItem Item(string id, LocalDate deadline) => new()
    {
        Id = id,
        Matter = "学习不经常",
        Measures = "每月主题党日集中学习",
        Responsible = "支部书记",
        Deadline = deadline,
    };
}
