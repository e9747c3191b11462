using System.Text.Json.Serialization;
using OrgLife.Branches;
using OrgLife.Json.Converters;
using OrgLife.Json.Dto;
using OrgLife.Evaluation;
using OrgLife.Grades;
using OrgLife.Meetings;
using OrgLife.Members;

namespace OrgLife.Json;

/// <summary>
/// The source-generated System.Text.Json metadata of the record format: camelCase names, strict
/// JSON (no comments, no trailing commas, no duplicate properties), our converters for text, booleans,
/// NodaTime values and enums. No reflection-based serialization anywhere.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    AllowDuplicateProperties = false,
    MaxDepth = 16,
    Converters =
    [
        typeof(TextConverter),
        typeof(BooleanConverter),
        typeof(LocalDateConverter),
        typeof(LocalDateTimeConverter),
        typeof(CamelCaseEnumConverter<BranchKind>),
        typeof(CamelCaseEnumConverter<MembershipStatus>),
        typeof(CamelCaseEnumConverter<BranchRoles>),
        typeof(CamelCaseEnumConverter<MemberCircumstances>),
        typeof(CamelCaseEnumConverter<AttendanceExclusionReason>),
        typeof(CamelCaseEnumConverter<MeetingKind>),
        typeof(CamelCaseEnumConverter<MeetingForm>),
        typeof(CamelCaseEnumConverter<AgendaStep>),
        typeof(CamelCaseEnumConverter<MeetingPartKind>),
        typeof(CamelCaseEnumConverter<ParticipationMode>),
        typeof(CamelCaseEnumConverter<RemarkKind>),
        typeof(CamelCaseEnumConverter<EvaluationStep>),
        typeof(CamelCaseEnumConverter<AssessmentScale>),
        typeof(CamelCaseEnumConverter<Grade>),
        typeof(CamelCaseEnumConverter<GradeFollowUp>),
    ])]
[JsonSerializable(typeof(BranchRecordDto))]
internal sealed partial class RecordJsonContext : JsonSerializerContext;
