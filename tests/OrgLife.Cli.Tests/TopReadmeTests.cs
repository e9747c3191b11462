using System.Text.RegularExpressions;
using OrgLife.Cli.Tests.Support;

namespace OrgLife.Cli.Tests;

public sealed class TopReadmeTests
{
    [Fact]
    public void Every_line_of_the_demo_excerpt_in_the_top_README_is_in_what_the_demo_prints()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");
        var excerpt = Regex.Match(readme, "<!-- demo-excerpt -->\n```text\n(.*?)\n```", RegexOptions.Singleline).Groups[1].Value;
        var printed = Tool.Run("demo").Stdout.ReplaceLineEndings("\n").Split('\n').ToHashSet(StringComparer.Ordinal);

        var shown = excerpt.Split('\n').Where(line => line.Trim() is not ("…" or "")).ToList();
        Assert.True(shown.Count > 10, "The README's demo excerpt is missing or too short.");
        Assert.All(shown, line => Assert.Contains(line, printed));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OrgLife.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("OrgLife.sln not found above the test assembly.");
    }
}
