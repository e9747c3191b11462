namespace OrgLife.Grades;

/// <summary>The scale of the democratic-assessment ballot (民主测评表) for the overall rating of a member.</summary>
public enum AssessmentScale
{
    /// <summary>The four grades 优秀/合格/基本合格/不合格.</summary>
    FourGrades = 0,

    /// <summary>The three levels 好/一般/差 (Collection 第三篇 第三步 4).</summary>
    GoodFairPoor = 1,
}
