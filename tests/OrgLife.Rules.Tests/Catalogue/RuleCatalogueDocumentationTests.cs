using System.Text;
using OrgLife.Findings;
using OrgLife.Rules.Catalogue;

namespace OrgLife.Rules.Tests.Catalogue;

/// <summary>docs/rules.md is generated from the catalogue; this test fails when the two drift apart.</summary>
public sealed class RuleCatalogueDocumentationTests
{
    private static readonly string[] ExpectedIds =
    [
        .. Enumerable.Range(101, 9).Select(n => $"OL{n}"),
        .. Enumerable.Range(201, 15).Select(n => $"OL{n}"),
        .. Enumerable.Range(301, 11).Select(n => $"OL{n}"),
        .. Enumerable.Range(501, 9).Select(n => $"OL{n}"),
    ];

    [Fact]
    public void The_catalogue_lists_every_rule_of_the_specification_with_names_and_sources()
    {
        var ids = RuleCatalogue.Default.Descriptors.Select(d => d.Id.Value).ToArray();
        Assert.Equal(ExpectedIds, ids);
        Assert.All(RuleCatalogue.Default.Descriptors, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.EnglishName));
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", d.ChineseName);
            Assert.NotEmpty(d.Sources);
        });
    }

    [Fact]
    public void Docs_rules_md_matches_the_catalogue()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "rules.md");
        var expected = Render(RuleCatalogue.Default);
        // The hand-written part after the marker (policy bounds, the validator's guarantees) is kept as it is.
        var handWritten = File.Exists(path) && File.ReadAllText(path).ReplaceLineEndings("\n") is var current && current.IndexOf(HandWrittenMarker, StringComparison.Ordinal) is var at and >= 0
            ? current[at..]
            : string.Empty;
        if (Environment.GetEnvironmentVariable("ORGLIFE_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected + (handWritten.Length > 0 ? "\n" + handWritten : string.Empty));
        }

        Assert.True(File.Exists(path), "docs/rules.md is missing; run the tests once with ORGLIFE_UPDATE_DOCS=1.");
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var generated = text.IndexOf(HandWrittenMarker, StringComparison.Ordinal) is var marker and >= 0 ? text[..marker].TrimEnd('\n') + "\n" : text;
        Assert.Equal(expected, generated);
    }

    /// <summary>The line after which docs/rules.md is written by hand.</summary>
    private const string HandWrittenMarker = "<!-- hand-written below -->";

    private static string Render(RuleCatalogue catalogue)
    {
        var text = new StringBuilder();
        text.Append("# Rule catalogue\n\n");
        text.Append("Generated from `RuleCatalogue.Default` by `RuleCatalogueDocumentationTests` (run the tests with `ORGLIFE_UPDATE_DOCS=1` to regenerate; ");
        text.Append("the test fails whenever this file and the code disagree). Sources are cited by file under `shared/seeds/` and section; ");
        text.Append("see `shared/RULES.md` for the specification. The ballot rules OL401–OL405 are enforced by the tally (docs/tally.md).\n");
        var sections = new Dictionary<int, string>
        {
            [1] = "Preparation — OL1xx",
            [2] = "Meeting — OL2xx",
            [3] = "Democratic evaluation — OL3xx",
            [5] = "Follow-up and deadlines — OL5xx",
        };
        foreach (var group in catalogue.Descriptors.GroupBy(d => d.Id.Section))
        {
            text.Append($"\n## {sections[group.Key]}\n\n");
            text.Append("| ID | rule | 规则 | default | requires | sources |\n|---|---|---|---|---|---|\n");
            foreach (var d in group)
            {
                var sources = string.Join("; ", d.Sources.Select(s => $"{s.ShortName} {s.Section} (`{s.Document}`)"));
                text.Append($"| {d.Id} | {d.EnglishName} | {d.ChineseName} | {d.DefaultSeverity} | {d.Summary.Replace("|", "\\|", StringComparison.Ordinal)} | {sources} |\n");
            }
        }

        return text.ToString();
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
