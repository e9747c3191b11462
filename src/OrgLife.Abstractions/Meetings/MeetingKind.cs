namespace OrgLife.Meetings;

/// <summary>The kind of meeting.</summary>
public enum MeetingKind
{
    /// <summary>组织生活会 — a branch's organizational-life meeting (may be 专题, thematic).</summary>
    OrganizationalLife = 0,

    /// <summary>民主生活会 — a leadership team's democratic-life meeting: stricter quorum (2/3), 15-day plan and report.</summary>
    DemocraticLife = 1,
}
