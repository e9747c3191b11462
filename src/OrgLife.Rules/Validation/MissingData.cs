namespace OrgLife.Rules.Validation;

/// <summary>Names every absent datum a rule needs at once, so a vendor learns all gaps in one report.</summary>
internal static class MissingData
{
    /// <summary>"Not evaluated" naming each path whose datum is absent, or null when nothing is absent.</summary>
    public static RuleEvaluation? Of(params ReadOnlySpan<(bool Absent, string Path)> data)
    {
        List<string>? missing = null;
        foreach (var (absent, path) in data)
        {
            if (absent)
            {
                (missing ??= []).Add(path);
            }
        }

        return missing is null ? null : RuleEvaluation.Missing([.. missing]);
    }
}
