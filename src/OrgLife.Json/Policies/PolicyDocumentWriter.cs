using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using OrgLife.Findings;
using OrgLife.Json.Converters;
using OrgLife.Rules.Policies;

namespace OrgLife.Json.Policies;

/// <summary>Writes a policy document with every knob, so that reading it back gives an equal policy whatever the preset.</summary>
internal static class PolicyDocumentWriter
{
    private static readonly JsonSerializerOptions NodaOptions = new();

    public static void Write(Utf8JsonWriter writer, OrgLifePolicy policy)
    {
        var agendas = PolicyAgendas.All.FirstOrDefault(a => a == policy.Agendas)
            ?? throw new ArgumentException($"The policy's agenda set '{policy.Agendas.Name}' is not one a policy file can name ({string.Join(", ", PolicyAgendas.All.Select(a => a.Name))}).", nameof(policy));
        var preset = PolicyPresets.TryGet(policy.Name, out var named) ? named : PolicyPresets.National;

        writer.WriteStartObject();
        writer.WriteNumber("formatVersion", PolicyJson.FormatVersion);
        writer.WriteString("name", policy.Name);
        writer.WriteString("preset", preset.Name);
        Enum(writer, "quorumMode", policy.QuorumMode);
        writer.WriteString("democraticLifeQuorum", policy.DemocraticLifeQuorum.ToString());
        writer.WriteNumber("memberNoticeDays", policy.MemberNoticeDays);
        writer.WriteNumber("democraticLifeNoticeDays", policy.DemocraticLifeNoticeDays);
        writer.WriteBoolean("superiorNoticeRequired", policy.SuperiorNoticeRequired);
        writer.WriteNumber("superiorNoticeDays", policy.SuperiorNoticeDays);
        writer.WriteNumber("planLeadDays", policy.PlanLeadDays);
        writer.WriteBoolean("memberProblemListsRequired", policy.MemberProblemListsRequired);
        Enum(writer, "memberTalkPartner", policy.MemberTalkPartner);
        Enum(writer, "criticismCoverage", policy.CriticismCoverage);
        Enum(writer, "superiorGuidance", policy.SuperiorGuidance);
        writer.WritePropertyName("minimumDuration");
        ((JsonConverter<Duration>)NodaConverters.DurationConverter).Write(writer, policy.MinimumDuration, NodaOptions);
        EnumSet(writer, "minimumDurationBranchKinds", policy.MinimumDurationBranchKinds);
        NullableNumber(writer, "groupSplitThreshold", policy.GroupSplitThreshold);
        writer.WriteString("agendas", agendas.Name);
        writer.WriteBoolean("participationOtherThanInPersonCountsTowardQuorum", policy.ParticipationOtherThanInPersonCountsTowardQuorum);
        EnumSet(writer, "simplifiedProcedureBranchKinds", policy.SimplifiedProcedureBranchKinds);
        Rules(writer, "simplifiedProcedureRules", policy.SimplifiedProcedureRules);
        if (policy.ExcellentCap is { } cap)
        {
            writer.WriteString("excellentCap", cap.ToString());
        }
        else
        {
            writer.WriteNull("excellentCap");
        }

        EnumSet(writer, "allowedBallotScales", policy.AllowedBallotScales);
        NullableNumber(writer, "reportDays", policy.ReportDays);
        writer.WriteNumber("democraticLifeReportDays", policy.DemocraticLifeReportDays);
        writer.WriteNumber("branchProgressReportMonths", policy.BranchProgressReportMonths);
        writer.WriteBoolean("branchProgressReportsRecurring", policy.BranchProgressReportsRecurring);
        writer.WriteNumber("memberCommitmentReportMonths", policy.MemberCommitmentReportMonths);
        if (policy.CampaignDeadline is { } deadline)
        {
            writer.WritePropertyName("campaignDeadline");
            ((JsonConverter<LocalDate>)NodaConverters.LocalDateConverter).Write(writer, deadline, NodaOptions);
        }
        else
        {
            writer.WriteNull("campaignDeadline");
        }

        writer.WriteNumber("meetingIntervalMonths", policy.MeetingIntervalMonths);
        Enum(writer, "exemptionScope", policy.ExemptionScope);
        writer.WriteBoolean("organizationalLifeBriefingRequired", policy.OrganizationalLifeBriefingRequired);
        writer.WriteStartObject("severities");
        foreach (var (rule, severity) in policy.SeverityOverrides.OrderBy(s => s.Key))
        {
            Enum(writer, rule.Value, severity);
        }

        writer.WriteEndObject();
        Rules(writer, "disabledRules", policy.DisabledRules);
        writer.WriteEndObject();
    }

    private static void Enum<TEnum>(Utf8JsonWriter writer, string name, TEnum value)
        where TEnum : struct, Enum
        => writer.WriteString(name, CamelCaseEnumConverter<TEnum>.NameOf(value));

    private static void EnumSet<TEnum>(Utf8JsonWriter writer, string name, IEnumerable<TEnum> values)
        where TEnum : struct, Enum
    {
        writer.WriteStartArray(name);
        foreach (var value in values.Order())
        {
            writer.WriteStringValue(CamelCaseEnumConverter<TEnum>.NameOf(value));
        }

        writer.WriteEndArray();
    }

    private static void Rules(Utf8JsonWriter writer, string name, IEnumerable<RuleId> rules)
    {
        writer.WriteStartArray(name);
        foreach (var rule in rules.Order())
        {
            writer.WriteStringValue(rule.Value);
        }

        writer.WriteEndArray();
    }

    private static void NullableNumber(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
