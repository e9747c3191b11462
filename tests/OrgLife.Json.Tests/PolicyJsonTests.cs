using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using OrgLife.Branches;
using OrgLife.Findings;
using OrgLife.Grades;
using OrgLife.Json.Policies;
using OrgLife.Rules.Policies;
using OrgLife.Text;

namespace OrgLife.Json.Tests;

/// <summary>Policy files: read, written, round-tripped, rejected with path, line and column, and held to their schema.</summary>
public sealed partial class PolicyJsonTests
{
    private static readonly StructuralSchema Schema = StructuralSchema.Load("policy.schema.json");

    [Theory]
    [MemberData(nameof(Presets))]
    public void Every_preset_written_reads_back_equal_and_conforms_to_the_schema(string name)
    {
        var preset = PolicyPresets.ByName(name);
        var text = PolicyJson.Write(preset);

        var read = PolicyJson.Read(text);

        Assert.True(read.Succeeded, read.Error?.ToString());
        Assert.True(Same(preset, read.Policy));
        using var document = JsonDocument.Parse(text);
        Assert.Empty(Schema.Check(document.RootElement));
    }

    public static TheoryData<string> Presets => [.. PolicyPresets.All.Select(p => p.Name)];

    [Fact]
    public void Knobs_left_out_keep_the_preset_and_knobs_given_replace_it()
    {
        var read = PolicyJson.Read("""
            { "formatVersion": 1, "name": "province-x", "preset": "village-2019",
              "memberNoticeDays": 3, "excellentCap": null, "groupSplitThreshold": 20, "campaignDeadline": "2027-03-31",
              "minimumDuration": "2:30:00", "minimumDurationBranchKinds": ["governmentOrgan"],
              "severities": { "OL303": "error" }, "disabledRules": ["OL510", "OL511"] }
            """);

        Assert.True(read.Succeeded, read.Error?.ToString());
        var expected = PolicyPresets.Village2019 with
        {
            Name = "province-x",
            MemberNoticeDays = 3,
            ExcellentCap = null,
            GroupSplitThreshold = 20,
            CampaignDeadline = new LocalDate(2027, 3, 31),
            MinimumDuration = Duration.FromMinutes(150),
            MinimumDurationBranchKinds = [BranchKind.GovernmentOrgan],
            SeverityOverrides = ImmutableDictionary<RuleId, Severity>.Empty.Add(new RuleId("OL303"), Severity.Error),
            DisabledRules = [new RuleId("OL510"), new RuleId("OL511")],
        };
        Assert.True(Same(expected, read.Policy));
        Assert.True(read.Value.IsT0);
    }

    [Theory]
    [InlineData("{ \"formatVersion\": 1, \"name\": \"x\", \"preset\": \"national\",\n  \"memberNoticeDays\": 400 }", "$.memberNoticeDays", 2, 23, "must be from 0 to 366")]
    [InlineData("{ \"formatVersion\": 1, \"name\": \"x\", \"preset\": \"national\",\n  \"severities\": { \"OL303\": \"fatal\" } }", "$.severities", 2, 28, "expected one of \"info\", \"warning\", \"error\"")]
    [InlineData("{ \"formatVersion\": 1, \"name\": \"x\",\n \"preset\": \"province\" }", "$.preset", 2, 12, "no preset is named 'province'")]
    [InlineData("{ \"formatVersion\": 1, \"name\": \"x\", \"preset\": \"national\", \"quorum\": 1 }", "$.quorum", 1, 58, "unknown property")]
    [InlineData("{ \"formatVersion\": 1, \"name\": \"x\", \"preset\": \"national\", \"disabledRules\": [\"OL201\", \"XX1\"] }", "$.disabledRules", 1, 85, "expected a rule ID")]
    [InlineData("{ \"formatVersion\": 1, \"name\": \"x\", \"preset\": \"national\", \"simplifiedProcedureRules\": [\"OL201\"] }", "$.simplifiedProcedureRules", 1, 86, "never relaxes")]
    [InlineData("{ \"formatVersion\": 2, \"name\": \"x\", \"preset\": \"national\" }", "$.formatVersion", 1, 20, "reads formatVersion 1")]
    [InlineData("{ \"formatVersion\": 1, \"name\": \"x\", \"preset\": \"national\", \"planLeadDays\": 1, \"planLeadDays\": 2 }", "$.planLeadDays", 1, 77, "appears twice")]
    [InlineData("{ \"formatVersion\": 1, \"name\": \"x\", \"preset\": \"national\", \"planLeadDays\": }", "$.planLeadDays", 1, 74, "malformed JSON")]
    public void A_bad_policy_is_rejected_with_its_path_line_and_column(string json, string path, long line, long column, string message)
    {
        var read = PolicyJson.Read(json);

        Assert.False(read.Succeeded);
        Assert.Equal(path, read.Error.Path);
        Assert.Equal(line, read.Error.Line);
        Assert.Equal(column, read.Error.Column);
        Assert.Contains(message, read.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"name\": \"x\", \"preset\": \"national\" }", "$.formatVersion")]
    [InlineData("{ \"formatVersion\": 1, \"preset\": \"national\" }", "$.name")]
    [InlineData("{ \"formatVersion\": 1, \"name\": \"x\" }", "$.preset")]
    public void A_policy_without_its_frame_is_rejected_naming_the_missing_property(string json, string path)
    {
        var read = PolicyJson.Read(json);

        Assert.False(read.Succeeded);
        Assert.Equal(path, read.Error.Path);
    }

    [Fact]
    public void The_schema_lists_exactly_the_properties_the_reader_accepts()
    {
        var schemaProperties = Schema.Root.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);

        Assert.Equal(PolicyJson.PropertyNames.Order(StringComparer.Ordinal), schemaProperties);
    }

    [Fact]
    public void The_schema_names_exactly_the_presets_and_agenda_sets_there_are()
    {
        var properties = Schema.Root.GetProperty("properties");

        Assert.Equal(PolicyPresets.All.Select(p => p.Name), properties.GetProperty("preset").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal([MeetingAgendas.Common.Name, MeetingAgendas.City2019.Name, MeetingAgendas.District2017.Name, MeetingAgendas.Municipal2016.Name], properties.GetProperty("agendas").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void The_example_in_the_format_document_conforms_to_the_schema_and_reads()
    {
        var markdown = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "policy-format.md"));
        var example = JsonExample().Match(markdown).Groups[1].Value;
        using var document = JsonDocument.Parse(example);

        Assert.Empty(Schema.Check(document.RootElement));
        var read = PolicyJson.Read(example);
        Assert.True(read.Succeeded, read.Error?.ToString());
    }

    [Fact]
    public void Random_policies_round_trip_through_a_file()
    {
        var kinds = Enum.GetValues<BranchKind>();
        var policies =
            from preset in Gen.Elements(PolicyPresets.All.ToArray())
            from notice in Gen.Choose(0, OrgLifePolicy.MaxDays)
            from threshold in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(1, OrgLifePolicy.MaxGroupSplitThreshold).Select(t => (int?)t))
            from cap in Gen.OneOf(Gen.Constant<Ratio?>(null), Gen.Choose(1, 9).SelectMany(d => Gen.Choose(0, d).Select(n => (Ratio?)new Ratio(n, d))))
            from minutes in Gen.Choose(0, OrgLifePolicy.MaxMinimumDurationHours * 60)
            from deadline in Gen.OneOf(Gen.Constant<LocalDate?>(null), Gen.Choose(0, 3000).Select(d => (LocalDate?)new LocalDate(2020, 1, 1).PlusDays(d)))
            from kindSet in Gen.SubListOf(kinds)
            from disabled in Gen.SubListOf(new[] { "OL101", "OL109", "OL303", "OL510", "OL511" })
            from severity in Gen.Elements(Enum.GetValues<Severity>())
            from quorum in Gen.Elements(Enum.GetValues<QuorumMode>())
            from recurring in Gen.Elements(true, false)
            select preset with
            {
                Name = "生成的政策 " + notice,
                MemberNoticeDays = notice,
                GroupSplitThreshold = threshold,
                ExcellentCap = cap,
                MinimumDuration = Duration.FromMinutes(minutes),
                CampaignDeadline = deadline,
                SimplifiedProcedureBranchKinds = [.. kindSet],
                DisabledRules = [.. disabled.Select(r => new RuleId(r))],
                SeverityOverrides = ImmutableDictionary<RuleId, Severity>.Empty.Add(new RuleId("OL201"), severity),
                QuorumMode = quorum,
                BranchProgressReportsRecurring = recurring,
            };
        Prop.ForAll(policies.ToArbitrary(), policy => PolicyJson.Read(PolicyJson.Write(policy)).Policy is { } read && Same(policy, read)).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Arbitrary_text_is_read_or_rejected_never_thrown()
    {
        var pieces = Gen.Elements("{", "}", "[", "]", ":", ",", "\"", "null", "1", "-3", "1e400", "\"formatVersion\"", "\"name\"", "\"preset\"", "\"national\"", "\"excellentCap\"", "\"1/0\"", "\"severities\"", "\"OL201\"", "\"minimumDuration\"", "\"99:00:00\"", " ", "\u0001");
        var texts = Gen.ArrayOf(pieces).Select(p => Encoding.UTF8.GetBytes(string.Concat(p)));
        Prop.ForAll(texts.ToArbitrary(), bytes =>
        {
            var read = PolicyJson.Read(bytes);
            return read.Succeeded || PrintableText.IndexOfControl(read.Error.ToString()) < 0;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Every_knob_of_the_policy_is_a_property_of_the_file()
    {
        // A knob added to OrgLifePolicy without a property in the file (and so in the writer, which writes them all) fails here.
        var knobs = typeof(OrgLifePolicy).GetProperties().Where(p => p.SetMethod is not null).Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..])
            .Select(name => name switch { "severityOverrides" => "severities", _ => name });

        Assert.Equal(knobs.Order(StringComparer.Ordinal), PolicyJson.PropertyNames.Except(["$schema", "formatVersion", "preset"]).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// Two policies hold the same values: <see cref="OrgLifePolicy"/>'s record equality compares its sets by reference,
    /// so every knob is compared here, by value (the collections as sets, the agendas by their record equality).
    /// </summary>
    private static bool Same(OrgLifePolicy a, OrgLifePolicy b) => typeof(OrgLifePolicy).GetProperties().Where(p => p.SetMethod is not null).All(p =>
        (p.GetValue(a), p.GetValue(b)) switch
        {
            (ImmutableDictionary<RuleId, Severity> x, ImmutableDictionary<RuleId, Severity> y) => x.Count == y.Count && x.All(e => y.TryGetValue(e.Key, out var v) && v == e.Value),
            (System.Collections.IEnumerable x and not string, System.Collections.IEnumerable y and not string) => x.Cast<object>().ToHashSet().SetEquals(y.Cast<object>()),
            var (x, y) => Equals(x, y),
        });

    [GeneratedRegex("```json\\n(.*?)\\n```", RegexOptions.Singleline)]
    private static partial Regex JsonExample();
}
