namespace OrgLife.Rules.Policies;

/// <summary>可不参加 — what a leading cadre who attended this year's 民主生活会 may be left out of (OL304, OL310).</summary>
public enum ExemptionScope
{
    /// <summary>The 民主测评 only: the cadre still evaluates and is graded (Collection 第三篇 第六步 "可不参加民主测评").</summary>
    AssessmentOnly = 0,

    /// <summary>The whole 民主评议党员, grade included (Municipal-2016 三.3, District-2017 附件2 五 "可不参加民主评议党员").</summary>
    WholeEvaluation = 1,
}
