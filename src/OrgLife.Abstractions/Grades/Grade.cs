namespace OrgLife.Grades;

/// <summary>
/// The four grades of the organizational determination (评定等次), best first. The determination
/// always uses these four, whatever scale the ballots used (OL311).
/// </summary>
public enum Grade
{
    /// <summary>优秀 — Excellent; at most one third of the graded full members by default (OL303).</summary>
    Excellent = 1,

    /// <summary>合格 — Qualified.</summary>
    Qualified = 2,

    /// <summary>基本合格 — Basically qualified; calls for education and help (教育帮扶).</summary>
    BasicallyQualified = 3,

    /// <summary>不合格 — Unqualified; calls for organizational handling (限期改正, 劝退, 除名).</summary>
    Unqualified = 4,
}
