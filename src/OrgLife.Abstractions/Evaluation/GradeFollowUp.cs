namespace OrgLife.Evaluation;

/// <summary>结果运用 — what was done after a determination (OL308).</summary>
public enum GradeFollowUp
{
    /// <summary>予以表扬 — commendation, for Excellent.</summary>
    Commendation = 0,

    /// <summary>教育帮扶 — education and help, for Basically qualified.</summary>
    EducationAndHelp = 1,

    /// <summary>限期改正 — correction within a set time, for Unqualified.</summary>
    CorrectionWithinDeadline = 2,

    /// <summary>劝退 — persuaded to withdraw, for Unqualified.</summary>
    PersuadedToWithdraw = 3,

    /// <summary>除名 — removed from the party, for Unqualified.</summary>
    Removed = 4,

    /// <summary>肯定优点、提出希望和要求 — strengths acknowledged, hopes and requirements set, for Qualified (Village-2019 二.5, Municipal-2016 二.6).</summary>
    Encouragement = 5,
}
