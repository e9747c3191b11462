namespace OrgLife.Branches;

/// <summary>The kind of a party branch (党支部类型); some rules depend on it (OL207, OL209).</summary>
public enum BranchKind
{
    /// <summary>Any other kind.</summary>
    Other = 0,

    /// <summary>村 — a village branch.</summary>
    Village = 1,

    /// <summary>社区 — an urban community branch.</summary>
    Community = 2,

    /// <summary>机关 — a branch in a government or party organ.</summary>
    GovernmentOrgan = 3,

    /// <summary>企事业 — a branch in a state enterprise or public institution.</summary>
    EnterpriseOrInstitution = 4,

    /// <summary>学校 — a school branch.</summary>
    School = 5,

    /// <summary>医院 — a hospital branch.</summary>
    Hospital = 6,

    /// <summary>非公企业 — a branch in a non-public enterprise.</summary>
    PrivateEnterprise = 7,

    /// <summary>社会组织 — a branch in a social organization.</summary>
    SocialOrganization = 8,

    /// <summary>离退休 — a branch of retired cadres and staff.</summary>
    Retirees = 9,

    /// <summary>流动人才 — a branch of mobile professionals.</summary>
    MobileTalent = 10,
}
