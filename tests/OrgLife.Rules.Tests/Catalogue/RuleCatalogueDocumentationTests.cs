using System.Text;
using OrgLife.Findings;
using OrgLife.Rules.Catalogue;

namespace OrgLife.Rules.Tests.Catalogue;

/// <summary>docs/rules.md is generated from the catalogue; this test fails when the two drift apart.</summary>
public sealed class RuleCatalogueDocumentationTests
{
    private static readonly string[] ExpectedIds =
    [
        .. Enumerable.Range(101, 11).Select(n => $"OL{n}"),
        .. Enumerable.Range(201, 15).Select(n => $"OL{n}"),
        .. Enumerable.Range(301, 12).Select(n => $"OL{n}"),
        .. Enumerable.Range(401, 5).Select(n => $"OL{n}"),
        .. Enumerable.Range(501, 11).Select(n => $"OL{n}"),
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
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", d.ChineseSummary ?? string.Empty);
            Assert.NotEmpty(d.Sources);
        });
    }

    [Fact]
    public void Every_citation_names_its_document_by_title_and_quotes_the_sentence_in_Chinese()
        => Assert.All(RuleCatalogue.Default.Descriptors.SelectMany(d => d.Sources), s =>
        {
            Assert.DoesNotContain("seeds/", s.Document, StringComparison.Ordinal);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", s.Document);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", s.Quote ?? string.Empty);
        });

    [Fact]
    public void Every_quoted_sentence_of_a_source_document_is_in_that_document()
    {
        // The source documents live beside the project's checkouts (shared/seeds), not in the repository; where they are absent there is nothing to compare.
        var seeds = Path.Combine(RepositoryRoot(), "..", "..", "shared", "seeds");
        if (!Directory.Exists(seeds))
        {
            return;
        }

        static string Plain(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c))]);
        var texts = Directory.GetFiles(seeds).ToDictionary(f => "seeds/" + Path.GetFileName(f), f => Plain(File.ReadAllText(f)));
        var cited = RuleCatalogue.Default.Descriptors.SelectMany(d => d.Sources)
            .Concat(Policies.PolicyPresets.All.SelectMany(p => Policies.PolicyPresets.Describe(p)).Select(v => v.Source))
            .Where(s => s.Reference is not null);
        Assert.All(cited, s => Assert.True(texts[s.Reference!].Contains(Plain(s.Quote!), StringComparison.Ordinal), $"{s.ShortName} {s.Section}: “{s.Quote}” is not in {s.Reference}"));
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
        text.Append("Generated from `RuleCatalogue.Default` and `PolicyPresets` by `RuleCatalogueDocumentationTests` (run the tests with `ORGLIFE_UPDATE_DOCS=1` to regenerate; ");
        text.Append("the test fails whenever this file and the code disagree). Each source is cited by its document's title (and 文号), the section and the sentence quoted in Chinese; ");
        text.Append("see `shared/RULES.md` for the specification. The ballot rules OL401–OL405 are evaluated by the tally (docs/tally.md): `orglife rules` lists them, ");
        text.Append("a validation report never includes them.\n\n");
        text.Append("Outcomes: *passed*, *violated*, *not evaluated* (a datum the rule needs is not recorded), *disabled* (the policy switches the rule off) and ");
        text.Append("*not applicable* (the rule does not concern the record: OL3xx and OL504–OL506 for a 民主生活会, OL110/OL111 for a 组织生活会, a requirement the ");
        text.Append("policy's document does not make, such as OL501 under the national default).\n");
        var sections = new Dictionary<int, string>
        {
            [1] = "Preparation — OL1xx",
            [2] = "Meeting — OL2xx",
            [3] = "Democratic evaluation — OL3xx",
            [4] = "Ballots and the tally — OL4xx",
            [5] = "Follow-up and deadlines — OL5xx",
        };
        foreach (var group in catalogue.Descriptors.GroupBy(d => d.Id.Section))
        {
            text.Append($"\n## {sections[group.Key]}\n\n");
            text.Append("| ID | rule | 规则 | default | evaluated by | requires | 要求 | sources |\n|---|---|---|---|---|---|---|---|\n");
            foreach (var d in group)
            {
                var sources = string.Join("<br>", d.Sources.Select(Cite));
                text.Append($"| {d.Id} | {d.EnglishName} | {d.ChineseName} | {d.DefaultSeverity} | {d.EvaluatedBy} | {Cell(d.Summary)} | {Cell(d.ChineseSummary ?? string.Empty)} | {sources} |\n");
            }
        }

        text.Append("\n## Presets\n\n");
        text.Append("Each preset is the national default plus its document's numbers and additions, minus what its document explicitly rejects ");
        text.Append("(RULES.md Revision 2, clarifications). The national default holds only what the 条例 and 党章 require and, where the sources all ask ");
        text.Append("for a step with different numbers, the least demanding of them. Values are read from the code; *inherited* marks a value the ");
        text.Append("preset's document is silent on. Where sources disagree the other reading is a knob value, named in the note ");
        text.Append("(notice 5 or 10 days, meetings every 3 or 6 months, the superior's representative required or if necessary, the exemption covering ");
        text.Append("the 民主测评 only or the whole 民主评议).\n");
        foreach (var preset in Policies.PolicyPresets.All)
        {
            text.Append($"\n### `{preset.Name}`\n\n| knob | value | from | note |\n|---|---|---|---|\n");
            foreach (var value in Policies.PolicyPresets.Describe(preset))
            {
                var from = (value.Inherited ? "*inherited:* " : string.Empty) + Cite(value.Source);
                text.Append($"| {Cell(value.Knob)} | {Cell(value.Value)} | {from} | {Cell(value.Note ?? string.Empty)} |\n");
            }
        }

        return text.ToString();
    }

    private static string Cite(SourceCitation s)
        => Cell($"{s.ShortName} {s.Section}: 《{s.Document}》{(s.DocumentNumber is { } n ? $"（{n}）" : string.Empty)}{(s.Quote is { } q ? $"“{q}”" : string.Empty)}");

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

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
