using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OrgLife.Branches;
using OrgLife.Json;
using OrgLife.Json.Converters;
using OrgLife.Json.Dto;
using OrgLife.Evaluation;
using OrgLife.Grades;
using OrgLife.Meetings;
using OrgLife.Members;

namespace OrgLife.Json.Tests;

/// <summary>docs/record.schema.json, the DTOs and the reader must say the same thing.</summary>
public sealed partial class RecordSchemaTests
{
    private static readonly StructuralSchema Schema = StructuralSchema.Load();

    /// <summary>The schema's object definitions and the DTO each stands for.</summary>
    public static TheoryData<string, Type> ObjectDefinitions => new()
    {
        { "branch", typeof(BranchDto) },
        { "member", typeof(MemberDto) },
        { "attendanceExclusion", typeof(AttendanceExclusionDto) },
        { "partyGroup", typeof(PartyGroupDto) },
        { "occurrence", typeof(OccurrenceDto) },
        { "preparation", typeof(PreparationDto) },
        { "talk", typeof(TalkDto) },
        { "meeting", typeof(MeetingDto) },
        { "attendanceEntry", typeof(AttendanceEntryDto) },
        { "meetingPart", typeof(MeetingPartDto) },
        { "remark", typeof(RemarkDto) },
        { "superiorGuidance", typeof(SuperiorGuidanceDto) },
        { "evaluation", typeof(EvaluationDto) },
        { "evaluationStepRecord", typeof(EvaluationStepDto) },
        { "assessmentResult", typeof(AssessmentResultDto) },
        { "determination", typeof(DeterminationDto) },
        { "followUp", typeof(FollowUpDto) },
        { "rectificationItem", typeof(RectificationItemDto) },
        { "memberCommitmentReport", typeof(MemberCommitmentReportDto) },
    };

    /// <summary>The schema's enum definitions and the names the reader accepts.</summary>
    public static TheoryData<string, string[]> EnumDefinitions => new()
    {
        { "branchKind", [.. CamelCaseEnumConverter<BranchKind>.Names] },
        { "membershipStatus", [.. CamelCaseEnumConverter<MembershipStatus>.Names] },
        { "branchRole", [.. CamelCaseEnumConverter<BranchRoles>.Names] },
        { "memberCircumstance", [.. CamelCaseEnumConverter<MemberCircumstances>.Names] },
        { "attendanceExclusionReason", [.. CamelCaseEnumConverter<AttendanceExclusionReason>.Names] },
        { "meetingKind", [.. CamelCaseEnumConverter<MeetingKind>.Names] },
        { "meetingForm", [.. CamelCaseEnumConverter<MeetingForm>.Names] },
        { "agendaStep", [.. CamelCaseEnumConverter<AgendaStep>.Names] },
        { "meetingPartKind", [.. CamelCaseEnumConverter<MeetingPartKind>.Names] },
        { "participationMode", [.. CamelCaseEnumConverter<ParticipationMode>.Names] },
        { "remarkKind", [.. CamelCaseEnumConverter<RemarkKind>.Names] },
        { "evaluationStep", [.. CamelCaseEnumConverter<EvaluationStep>.Names] },
        { "assessmentScale", [.. CamelCaseEnumConverter<AssessmentScale>.Names] },
        { "grade", [.. CamelCaseEnumConverter<Grade>.Names] },
        { "gradeFollowUp", [.. CamelCaseEnumConverter<GradeFollowUp>.Names] },
    };

    [Theory]
    [MemberData(nameof(ObjectDefinitions))]
    public void Each_schema_object_has_exactly_the_properties_the_reader_reads(string definition, Type dto)
    {
        var schemaProperties = Schema.Definition(definition).GetProperty("properties").EnumerateObject().Select(p => p.Name).Order();
        var readerProperties = RecordJsonContext.Default.GetTypeInfo(dto)!.Properties.Where(p => !p.IsExtensionData).Select(p => p.Name).Order();

        Assert.Equal(readerProperties, schemaProperties);
    }

    [Fact]
    public void The_schema_root_has_exactly_the_properties_of_a_branch_record()
    {
        var schemaProperties = Schema.Root.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order();
        var readerProperties = RecordJsonContext.Default.BranchRecordDto.Properties.Where(p => !p.IsExtensionData).Select(p => p.Name).Order();

        Assert.Equal(readerProperties, schemaProperties);
    }

    [Theory]
    [MemberData(nameof(EnumDefinitions))]
    public void Each_schema_enum_lists_exactly_the_names_the_reader_accepts(string definition, string[] names)
    {
        Assert.Equal(names, Schema.Definition(definition).GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void The_demo_record_conforms_to_the_schema()
    {
        using var demo = JsonDocument.Parse(SampleRecords.Demo);

        Assert.Empty(Schema.Check(demo.RootElement));
    }

    [Theory]
    [InlineData(0)] // the meeting-parts example
    [InlineData(1)] // the full example
    public void The_examples_in_the_format_document_conform_to_the_schema_and_read(int index)
    {
        var markdown = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "record-format.md"));
        var example = JsonExample().Matches(markdown)[index].Groups[1].Value;
        using var document = JsonDocument.Parse(example);

        Assert.Empty(Schema.Check(document.RootElement));
        Assert.True(RecordReader.Read(Encoding.UTF8.GetBytes(example)).Succeeded);
    }

    [Fact]
    public void Removing_a_property_is_rejected_by_the_reader_exactly_when_the_schema_requires_it()
    {
        // Every property of every kind of object in the demo, removed one at a time (once per kind and name).
        var demo = SampleRecords.DemoTree;
        var seen = new HashSet<string>();
        foreach (var (objectNode, definitionName, definition, path) in ObjectsOf(demo, Schema.Root, "$").ToList())
        {
            var required = definition.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(e => e.GetString()!).ToHashSet() : [];
            foreach (var name in objectNode.Select(p => p.Key).Where(name => seen.Add($"{definitionName}.{name}")).ToList())
            {
                var value = objectNode[name];
                objectNode.Remove(name);
                var result = RecordReader.Read(Encoding.UTF8.GetBytes(demo.ToJsonString()));
                objectNode[name] = value;

                if (required.Contains(name))
                {
                    Assert.False(result.Succeeded, $"{path}.{name} is required by the schema but the reader accepts a record without it.");
                    Assert.Equal($"{path}.{name}", result.Error.Path);
                }
                else
                {
                    // Another value may depend on it (a group leader on the group's members); the reader must not call it required.
                    Assert.False(
                        !result.Succeeded && result.Error.Path == $"{path}.{name}" && result.Error.Message.StartsWith("required", StringComparison.Ordinal),
                        $"{path}.{name} is optional in the schema but the reader requires it: {result.Error}");
                }
            }
        }

        Assert.True(seen.Count > 80, $"only {seen.Count} properties were checked");
    }

    private static IEnumerable<(JsonObject Node, string DefinitionName, JsonElement Definition, string Path)> ObjectsOf(JsonObject node, JsonElement rule, string path)
    {
        var (definitionName, definition) = Resolve(rule);
        yield return (node, definitionName, definition, path);
        var properties = definition.GetProperty("properties");
        foreach (var (name, child) in node)
        {
            var childRule = properties.GetProperty(name);
            var childPath = $"{path}.{name}";
            var children = child switch
            {
                JsonObject childObject => ObjectsOf(childObject, childRule, childPath),
                JsonArray array => array.Select((item, i) => (item, i)).Where(x => x.item is JsonObject)
                    .SelectMany(x => ObjectsOf((JsonObject)x.item!, Resolve(childRule).Definition.GetProperty("items"), $"{childPath}[{x.i}]")),
                _ => [],
            };
            foreach (var found in children)
            {
                yield return found;
            }
        }
    }

    private static (string Name, JsonElement Definition) Resolve(JsonElement rule)
        => rule.TryGetProperty("$ref", out var reference)
            ? (reference.GetString()!, Schema.Definition(reference.GetString()!["#/$defs/".Length..]))
            : ("root", rule);

    [GeneratedRegex("```json\\n(.*?)\\n```", RegexOptions.Singleline)]
    private static partial Regex JsonExample();
}
