using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using OrgLife.Findings;
using OrgLife.Ids;
using OrgLife.Records;

namespace OrgLife.Json.Tests;

/// <summary>A vendor's web app binds records and IDs with System.Text.Json through the package's options and context.</summary>
public sealed partial class BindingTests
{
    [Fact]
    public void Deserializing_the_documented_example_record_with_the_package_options_reads_it()
    {
        var markdown = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "record-format.md"));
        var example = JsonExample().Matches(markdown)[1].Groups[1].Value;

        var record = JsonSerializer.Deserialize<BranchRecord>(example, RecordJson.Options);

        Assert.NotNull(record);
        Assert.Equal(RecordReader.Read(Encoding.UTF8.GetBytes(example)).Record!.Branch!.Id, record.Branch!.Id);
    }

    [Fact]
    public void Web_options_configured_in_one_line_bind_a_record_and_IDs_inside_a_vendor_request()
    {
        // As ASP.NET Core's options are outside native AOT: the reflection resolver last in the chain.
        var options = RecordJson.Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() });
        var json = """{ "tenant": "t1", "branch": "b1", "record": { "branch": { "id": "b1", "name": "B", "kind": "village", "hasCommittee": false, "members": [] } } }""";

        var request = JsonSerializer.Deserialize<VendorRequest>(json, options);

        Assert.NotNull(request);
        Assert.Equal(new BranchId("b1"), request.Branch);
        Assert.Equal(new BranchId("b1"), request.Record.Branch!.Id);
        Assert.Same(OrgLifeJsonContext.Default, options.TypeInfoResolverChain[0]);
    }

    /// <summary>A vendor's own request type, holding an ID and a record.</summary>
    public sealed record VendorRequest(string Tenant, BranchId Branch, BranchRecord Record);

    [Fact]
    public void A_bad_record_bound_by_System_Text_Json_fails_with_the_readers_path_and_reason()
    {
        var failure = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<BranchRecord>("""{ "branch": { "id": " x", "name": "B", "kind": "village", "hasCommittee": false } }""", RecordJson.Options));

        Assert.Contains("$.branch", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IDs_are_written_and_read_as_strings_also_as_dictionary_keys()
    {
        var options = RecordJson.Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() });
        var ids = new Dictionary<MemberId, BranchId> { [new MemberId("m1")] = new BranchId("b1") };

        var json = JsonSerializer.Serialize(ids, options);

        Assert.Equal("""{"m1":"b1"}""", json);
        Assert.Equal(ids, JsonSerializer.Deserialize<Dictionary<MemberId, BranchId>>(json, options));
        Assert.Equal("\"b1\"", JsonSerializer.Serialize(new BranchId("b1"), RecordJson.Options));
        Assert.Equal("\"OL201\"", JsonSerializer.Serialize(new RuleId("OL201"), RecordJson.Options));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<BranchId>("\" padded \"", RecordJson.Options));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<RuleId>("\"OL999\"", RecordJson.Options));
    }

    [Theory]
    [InlineData("b-1", true)]
    [InlineData("红旗村党支部", true)]
    [InlineData("", false)]
    [InlineData(" b", false)]
    [InlineData("a\u0007b", false)]
    public void IDs_parse_from_route_text_as_IParsable(string text, bool valid)
    {
        Assert.Equal(valid, Parse<BranchId>(text, out var branch));
        Assert.Equal(valid, Parse<MemberId>(text, out var member));
        Assert.Equal(valid, Parse<PartyGroupId>(text, out var group));
        Assert.Equal(valid, MemberId.TryParse(text.AsSpan(), CultureInfo.InvariantCulture, out _));
        if (valid)
        {
            Assert.Equal(text, branch.Value);
            Assert.Equal(text, member.Value);
            Assert.Equal(text, group.Value);
        }
        else
        {
            Assert.Throws<FormatException>(() => BranchId.Parse(text, CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [InlineData("OL201", true)]
    [InlineData("OL599", true)]
    [InlineData("OL600", false)]
    [InlineData("ol201", false)]
    public void Rule_IDs_parse_from_route_text_as_IParsable(string text, bool valid)
    {
        Assert.Equal(valid, Parse<RuleId>(text, out var rule));
        Assert.Equal(valid ? text : null, rule.Value);
    }

    private static bool Parse<T>(string text, out T value)
        where T : ISpanParsable<T>
        => T.TryParse(text, CultureInfo.InvariantCulture, out value!);

    [GeneratedRegex("```json\\n(.*?)\\n```", RegexOptions.Singleline)]
    private static partial Regex JsonExample();
}
