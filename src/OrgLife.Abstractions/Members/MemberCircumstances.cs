namespace OrgLife.Members;

/// <summary>
/// Circumstances that call for a personal talk by the secretary or a committee member before the
/// meeting (重点谈, Village-2019 二.2). A member may have several.
/// </summary>
[Flags]
public enum MemberCircumstances
{
    /// <summary>Nothing in particular.</summary>
    None = 0,

    /// <summary>流动党员 — a mobile member working away from the branch.</summary>
    Mobile = 1,

    /// <summary>年老体弱 — elderly or infirm.</summary>
    ElderlyOrInfirm = 2,

    /// <summary>退役军人党员 — a member who is a military veteran (Village-2019 二.2).</summary>
    Veteran = 4,

    /// <summary>困难党员 — a member in hardship.</summary>
    Hardship = 8,

    /// <summary>思想、健康有问题 — a member with health or personal problems.</summary>
    HealthProblem = 16,

    /// <summary>受过处分 — a member who has been disciplined.</summary>
    Disciplined = 32,
}
