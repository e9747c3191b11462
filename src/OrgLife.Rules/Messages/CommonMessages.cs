namespace OrgLife.Rules.Messages;

/// <summary>Messages shared by every rule: "not evaluated", "switched off by the policy", "not applicable" and "internal error".</summary>
internal static class CommonMessages
{
    /// <summary>A rule whose input is absent from the record.</summary>
    public static MessageTemplate NotEvaluated { get; } = new(
        "Common.NotEvaluated",
        "Not evaluated: missing {missing}.",
        "未评估：缺少 {missing}。");

    /// <summary>A rule switched off by the policy.</summary>
    public static MessageTemplate Disabled { get; } = new(
        "Common.Disabled",
        "Not evaluated: switched off by policy {policy}.",
        "未评估：政策 {policy} 已关闭此规则。");

    /// <summary>A rule that does not concern a meeting of this kind (OL3xx and OL504–OL506 for a 民主生活会, OL110 for a 组织生活会 …).</summary>
    public static MessageTemplate NotApplicableToKind { get; } = new(
        "Common.NotApplicableToKind",
        "Not applicable to this kind of meeting ({kind}).",
        "不适用于{kind}。");

    /// <summary>A rule whose requirement the policy's document does not make (for example no report deadline after a 组织生活会).</summary>
    public static MessageTemplate NotRequiredByPolicy { get; } = new(
        "Common.NotRequiredByPolicy",
        "Not applicable: policy {policy} sets no such requirement for this kind of meeting ({kind}).",
        "不适用：政策 {policy} 对{kind}未作此项要求。");

    /// <summary>
    /// A rule that failed unexpectedly (a defect of OrgLife, never of the record): the validator's safety net
    /// makes it this rule's one Error finding, naming only the rule and the exception type, never the record's data.
    /// </summary>
    public static MessageTemplate InternalError { get; } = new(
        "Common.InternalError",
        "Internal error: rule {rule} failed ({exception}); the other rules were evaluated. Please report this to the vendor.",
        "内部错误：规则 {rule} 运行失败（{exception}），其他规则已照常评估。请向软件供应商报告此问题。");

    /// <summary>All common messages.</summary>
    public static IReadOnlyList<MessageTemplate> All { get; } = [NotEvaluated, Disabled, NotApplicableToKind, NotRequiredByPolicy, InternalError];
}
