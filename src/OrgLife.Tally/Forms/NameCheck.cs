namespace OrgLife.Tally.Forms;

/// <summary>The check every named part of a form shares: a name is present and not used twice in its list.</summary>
internal static class NameCheck
{
    /// <summary>Records a problem at <paramref name="path"/> when <paramref name="name"/> is blank or already in <paramref name="seen"/>.</summary>
    internal static void RequireUnique(string? name, HashSet<string> seen, string path, string what, List<FormProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(new(path, $"a {what} needs a name."));
        }
        else if (!seen.Add(name))
        {
            problems.Add(new(path, $"the {what} name '{name}' appears twice."));
        }
    }
}
