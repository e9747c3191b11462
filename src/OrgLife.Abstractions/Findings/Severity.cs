namespace OrgLife.Findings;

/// <summary>How much a finding matters, from the wording of the source text.</summary>
public enum Severity
{
    /// <summary>A permission or advice ("可", "提倡"): worth knowing, nothing to fix.</summary>
    Info = 0,

    /// <summary>A general rule ("一般", "原则上", "不宜"): should be followed unless there is a reason.</summary>
    Warning = 1,

    /// <summary>A mandatory rule ("要", "必须", "应当"): a violation must be corrected.</summary>
    Error = 2,
}
