namespace OrgLife.Tally.Forms;

/// <summary>The kind of a criterion's scale: which levels a voter may choose from.</summary>
public enum ScaleKind
{
    /// <summary>The four grades 优秀/合格/基本合格/不合格, mapped one to one onto <see cref="OrgLife.Grades.Grade"/>.</summary>
    FourGrades = 0,

    /// <summary>The three levels 好/一般/差.</summary>
    GoodFairPoor = 1,

    /// <summary>The three levels 满意/基本满意/不满意.</summary>
    Satisfaction = 2,

    /// <summary>A vendor's own ordered scale of 1 to 8 levels, best first.</summary>
    Custom = 3,

    /// <summary>A whole-number score range (e.g. 0–100) of at most 254 values, with grade bands.</summary>
    Score = 4,
}
