namespace OrgLife.Rules.Messages;

/// <summary>Messages shared by every rule: "not evaluated" and "switched off by the policy".</summary>
public static class CommonMessages
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

    /// <summary>All common messages.</summary>
    public static IReadOnlyList<MessageTemplate> All { get; } = [NotEvaluated, Disabled];
}
