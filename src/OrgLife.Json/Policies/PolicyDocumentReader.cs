using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;
using NodaTime.Utility;
using OrgLife.Branches;
using OrgLife.Findings;
using OrgLife.Grades;
using OrgLife.Json.Converters;
using OrgLife.Meetings;
using OrgLife.Rules.Policies;

namespace OrgLife.Json.Policies;

/// <summary>
/// Reads a policy document token by token, so that every error names the path, line and column of the value, a
/// knob set to null is told apart from one left out, and the preset may come after the knobs that change it.
/// </summary>
internal static class PolicyDocumentReader
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false, MaxDepth = 8 };

    private static readonly JsonSerializerOptions NodaOptions = new();

    /// <summary>Reads one knob's value and returns how it changes a policy.</summary>
    private delegate Func<OrgLifePolicy, OrgLifePolicy> KnobReader(ref Utf8JsonReader reader);

    private static readonly FrozenDictionary<string, KnobReader> Knobs = new Dictionary<string, KnobReader>(StringComparer.Ordinal)
    {
        ["quorumMode"] = (ref Utf8JsonReader r) => { var v = Enum<QuorumMode>(ref r); return p => p with { QuorumMode = v }; },
        ["democraticLifeQuorum"] = (ref Utf8JsonReader r) => { var v = RatioValue(ref r); return p => p with { DemocraticLifeQuorum = v }; },
        ["memberNoticeDays"] = (ref Utf8JsonReader r) => { var v = Int(ref r); return p => p with { MemberNoticeDays = v }; },
        ["democraticLifeNoticeDays"] = (ref Utf8JsonReader r) => { var v = Int(ref r); return p => p with { DemocraticLifeNoticeDays = v }; },
        ["superiorNoticeRequired"] = (ref Utf8JsonReader r) => { var v = Bool(ref r); return p => p with { SuperiorNoticeRequired = v }; },
        ["superiorNoticeDays"] = (ref Utf8JsonReader r) => { var v = Int(ref r); return p => p with { SuperiorNoticeDays = v }; },
        ["planLeadDays"] = (ref Utf8JsonReader r) => { var v = Int(ref r); return p => p with { PlanLeadDays = v }; },
        ["memberProblemListsRequired"] = (ref Utf8JsonReader r) => { var v = Bool(ref r); return p => p with { MemberProblemListsRequired = v }; },
        ["memberTalkPartner"] = (ref Utf8JsonReader r) => { var v = Enum<TalkPartner>(ref r); return p => p with { MemberTalkPartner = v }; },
        ["criticismCoverage"] = (ref Utf8JsonReader r) => { var v = Enum<CriticismCoverage>(ref r); return p => p with { CriticismCoverage = v }; },
        ["superiorGuidance"] = (ref Utf8JsonReader r) => { var v = Enum<GuidanceRequirement>(ref r); return p => p with { SuperiorGuidance = v }; },
        ["minimumDuration"] = (ref Utf8JsonReader r) => { var v = DurationValue(ref r); return p => p with { MinimumDuration = v }; },
        ["minimumDurationBranchKinds"] = (ref Utf8JsonReader r) => { var v = EnumSet<BranchKind>(ref r); return p => p with { MinimumDurationBranchKinds = v }; },
        ["groupSplitThreshold"] = (ref Utf8JsonReader r) => { var v = NullableInt(ref r); return p => p with { GroupSplitThreshold = v }; },
        ["agendas"] = (ref Utf8JsonReader r) => { var v = Agendas(ref r); return p => p with { Agendas = v }; },
        ["participationOtherThanInPersonCountsTowardQuorum"] = (ref Utf8JsonReader r) => { var v = Bool(ref r); return p => p with { ParticipationOtherThanInPersonCountsTowardQuorum = v }; },
        ["simplifiedProcedureBranchKinds"] = (ref Utf8JsonReader r) => { var v = EnumSet<BranchKind>(ref r); return p => p with { SimplifiedProcedureBranchKinds = v }; },
        ["simplifiedProcedureRules"] = (ref Utf8JsonReader r) => { var v = RuleSet(ref r); return p => p with { SimplifiedProcedureRules = v }; },
        ["excellentCap"] = (ref Utf8JsonReader r) => { var v = NullableRatio(ref r); return p => p with { ExcellentCap = v }; },
        ["allowedBallotScales"] = (ref Utf8JsonReader r) => { var v = EnumSet<AssessmentScale>(ref r); return p => p with { AllowedBallotScales = v }; },
        ["reportDays"] = (ref Utf8JsonReader r) => { var v = NullableInt(ref r); return p => p with { ReportDays = v }; },
        ["democraticLifeReportDays"] = (ref Utf8JsonReader r) => { var v = Int(ref r); return p => p with { DemocraticLifeReportDays = v }; },
        ["branchProgressReportMonths"] = (ref Utf8JsonReader r) => { var v = Int(ref r); return p => p with { BranchProgressReportMonths = v }; },
        ["branchProgressReportsRecurring"] = (ref Utf8JsonReader r) => { var v = Bool(ref r); return p => p with { BranchProgressReportsRecurring = v }; },
        ["memberCommitmentReportMonths"] = (ref Utf8JsonReader r) => { var v = Int(ref r); return p => p with { MemberCommitmentReportMonths = v }; },
        ["campaignDeadline"] = (ref Utf8JsonReader r) => { var v = NullableDate(ref r); return p => p with { CampaignDeadline = v }; },
        ["meetingIntervalMonths"] = (ref Utf8JsonReader r) => { var v = Int(ref r); return p => p with { MeetingIntervalMonths = v }; },
        ["exemptionScope"] = (ref Utf8JsonReader r) => { var v = Enum<ExemptionScope>(ref r); return p => p with { ExemptionScope = v }; },
        ["organizationalLifeBriefingRequired"] = (ref Utf8JsonReader r) => { var v = Bool(ref r); return p => p with { OrganizationalLifeBriefingRequired = v }; },
        ["severities"] = (ref Utf8JsonReader r) => { var v = Severities(ref r); return p => p with { SeverityOverrides = v }; },
        ["disabledRules"] = (ref Utf8JsonReader r) => { var v = RuleSet(ref r); return p => p with { DisabledRules = v }; },
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The knobs a policy document may set, in the order the writer writes them.</summary>
    public static IEnumerable<string> KnobNames => Knobs.Keys;

    /// <summary>The properties besides the knobs.</summary>
    public static readonly ImmutableArray<string> FrameProperties = ["$schema", "formatVersion", "name", "preset"];

    /// <summary>Reads a policy from UTF-8 JSON already checked to be UTF-8, without a byte-order mark.</summary>
    public static PolicyReadResult Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, ReaderOptions);
        var path = "$";
        try
        {
            if (!reader.Read())
            {
                return PolicyReadResult.Failed(new RecordError("$", "the document is empty; expected a JSON object (a policy)"));
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw JsonTokens.Unexpected(ref reader, "a JSON object (a policy)");
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            var changes = new List<(string Path, long At, Func<OrgLifePolicy, OrgLifePolicy> Apply)>();
            string? name = null;
            string? preset = null;
            long presetAt = 0;
            int? version = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var property = reader.GetString()!;
                path = $"$.{property}";
                if (!seen.Add(property))
                {
                    throw new RecordValueException("the property appears twice in its object");
                }

                if (!Knobs.ContainsKey(property) && !FrameProperties.Contains(property))
                {
                    throw new RecordValueException($"unknown property; a policy has {string.Join(", ", FrameProperties.Concat(KnobNames))}");
                }

                reader.Read();
                var at = reader.TokenStartIndex;
                switch (property)
                {
                    case "$schema":
                        _ = Text(ref reader);
                        break;
                    case "formatVersion":
                        version = Int(ref reader);
                        if (version != PolicyJson.FormatVersion)
                        {
                            throw new RecordValueException(string.Create(CultureInfo.InvariantCulture, $"this reader reads formatVersion {PolicyJson.FormatVersion}; the document has {version}"));
                        }

                        break;
                    case "name":
                        name = Text(ref reader);
                        break;
                    case "preset":
                        preset = Text(ref reader);
                        presetAt = at;
                        break;
                    default:
                        changes.Add((path, at, Knobs[property](ref reader)));
                        break;
                }
            }

            path = "$";
            if (reader.Read())
            {
                throw JsonTokens.Unexpected(ref reader, "the end of the document after the policy object");
            }

            if (version is null)
            {
                return Missing("formatVersion");
            }

            if (name is null)
            {
                return Missing("name");
            }

            if (preset is null)
            {
                return Missing("preset");
            }

            if (!PolicyPresets.TryGet(preset, out var policy))
            {
                return Failed(json, "$.preset", presetAt, $"no preset is named '{preset}'; the presets are {string.Join(", ", PolicyPresets.Names)}");
            }

            policy = policy with { Name = name };
            foreach (var change in changes)
            {
                try
                {
                    policy = change.Apply(policy);
                }
                catch (ArgumentException ex)
                {
                    return Failed(json, change.Path, change.At, WithoutParameter(ex));
                }
            }

            return PolicyReadResult.Read(policy);
        }
        catch (RecordValueException ex)
        {
            // The reader stands on the value that was wrong, however deep in the knob's array or object.
            return Failed(json, path, reader.TokenStartIndex, ex.Message);
        }
        catch (JsonException ex)
        {
            var message = ex.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            return PolicyReadResult.Failed(new RecordError(path, $"malformed JSON: {(cut >= 0 ? message[..cut] : message).Trim()}", (ex.LineNumber ?? 0) + 1, (ex.BytePositionInLine ?? 0) + 1));
        }
    }

    /// <summary>The 1-based line and byte column of <paramref name="offset"/> in <paramref name="json"/>.</summary>
    public static (long Line, long Column) Position(ReadOnlySpan<byte> json, long offset)
    {
        var before = json[..(int)Math.Min(offset, json.Length)];
        return (before.Count((byte)'\n') + 1, before.Length - before.LastIndexOf((byte)'\n'));
    }

    private static PolicyReadResult Missing(string property)
        => PolicyReadResult.Failed(new RecordError($"$.{property}", "required property missing"));

    private static PolicyReadResult Failed(ReadOnlySpan<byte> json, string path, long at, string message)
    {
        var (line, column) = Position(json, at);
        return PolicyReadResult.Failed(new RecordError(path, message, line, column));
    }

    // ArgumentException appends " (Parameter 'X')"; the path already names the knob.
    private static string WithoutParameter(ArgumentException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).Split('\n')[0].Trim();
    }

    private static string Text(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.String && reader.GetString() is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text)
            ? text
            : throw JsonTokens.Unexpected(ref reader, "non-empty text");

    private static int Int(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value)
            ? value
            : throw JsonTokens.Unexpected(ref reader, "a whole number");

    private static int? NullableInt(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : Int(ref reader);

    private static bool Bool(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw JsonTokens.Unexpected(ref reader, "true or false"),
    };

    private static TEnum Enum<TEnum>(ref Utf8JsonReader reader)
        where TEnum : struct, Enum
        => new CamelCaseEnumConverter<TEnum>().Read(ref reader, typeof(TEnum), NodaOptions);

    private static Ratio RatioValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String && reader.GetString() is { } text)
        {
            var slash = text.IndexOf('/', StringComparison.Ordinal);
            if (slash > 0
                && int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var numerator)
                && int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var denominator)
                && denominator >= 1 && numerator <= denominator)
            {
                return new Ratio(numerator, denominator);
            }
        }

        throw JsonTokens.Unexpected(ref reader, "a ratio from 0 to 1 as text \"n/d\" (for example \"1/3\")");
    }

    private static Ratio? NullableRatio(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : RatioValue(ref reader);

    private static Duration DurationValue(ref Utf8JsonReader reader)
    {
        try
        {
            return ((JsonConverter<Duration>)NodaConverters.DurationConverter).Read(ref reader, typeof(Duration), NodaOptions);
        }
        catch (Exception ex) when (ex is InvalidNodaDataException or UnparsableValueException or JsonException)
        {
            throw JsonTokens.Unexpected(ref reader, "a duration as text H:mm:ss (for example \"4:00:00\")");
        }
    }

    private static LocalDate? NullableDate(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null
        ? null
        : new LocalDateConverter().Read(ref reader, typeof(LocalDate), NodaOptions);

    private static ImmutableHashSet<TEnum> EnumSet<TEnum>(ref Utf8JsonReader reader)
        where TEnum : struct, Enum
    {
        Expect(ref reader, JsonTokenType.StartArray, "an array");
        var set = ImmutableHashSet.CreateBuilder<TEnum>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            set.Add(Enum<TEnum>(ref reader));
        }

        return set.ToImmutable();
    }

    private static ImmutableHashSet<RuleId> RuleSet(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray, "an array of rule IDs");
        var set = ImmutableHashSet.CreateBuilder<RuleId>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            set.Add(Rule(ref reader));
        }

        return set.ToImmutable();
    }

    private static RuleId Rule(ref Utf8JsonReader reader)
        => reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && RuleId.TryParse(reader.GetString(), CultureInfo.InvariantCulture, out var rule)
            ? rule
            : throw JsonTokens.Unexpected(ref reader, "a rule ID OL101…OL599");

    private static ImmutableDictionary<RuleId, Severity> Severities(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject, "an object of rule IDs and severities");
        var severities = ImmutableDictionary.CreateBuilder<RuleId, Severity>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var rule = Rule(ref reader);
            if (severities.ContainsKey(rule))
            {
                throw new RecordValueException($"{rule} appears twice");
            }

            reader.Read();
            severities[rule] = Enum<Severity>(ref reader);
        }

        return severities.ToImmutable();
    }

    private static MeetingAgendas Agendas(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String && PolicyAgendas.ByName(reader.GetString()!) is { } named)
        {
            return named;
        }

        throw JsonTokens.Unexpected(ref reader, $"the name of an agenda set: {string.Join(", ", PolicyAgendas.All.Select(a => $"\"{a.Name}\""))}");
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string expected)
    {
        if (reader.TokenType != type)
        {
            throw JsonTokens.Unexpected(ref reader, expected);
        }
    }
}
