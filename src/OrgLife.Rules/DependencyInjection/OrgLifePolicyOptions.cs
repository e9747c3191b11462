using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using OrgLife.Branches;
using OrgLife.Findings;
using OrgLife.Grades;
using OrgLife.Rules.Policies;

namespace OrgLife.Rules.DependencyInjection;

/// <summary>
/// A policy as configuration holds it: a preset (<see cref="Preset"/>) and, for every knob of <see cref="OrgLifePolicy"/>,
/// an override that replaces the preset's value when set (null leaves it). Bound from <c>IConfiguration</c> (for example
/// the <c>OrgLife:Policy</c> section of appsettings.json) or set in code; <see cref="ToPolicy"/> builds the immutable
/// policy and <see cref="From"/> writes any policy back, so binding keeps every field. Knobs that may be switched off
/// (<see cref="ExcellentCap"/>, <see cref="ReportDays"/>, <see cref="GroupSplitThreshold"/>, <see cref="CampaignDeadline"/>)
/// are text, <c>none</c> switching them off; a set given as the one element <c>none</c> is empty. Mutable, as options are.
/// </summary>
public sealed class OrgLifePolicyOptions
{
    /// <summary>The word that switches a knob off or empties a set.</summary>
    public const string None = "none";

    /// <summary>The built-in preset to start from (<see cref="PolicyPresets.ByName"/>); <c>national</c> when null.</summary>
    public string? Preset { get; set; }

    /// <summary>The policy's name in reports; the preset's when null.</summary>
    public string? Name { get; set; }

    /// <summary>See <see cref="OrgLifePolicy.QuorumMode"/>.</summary>
    public QuorumMode? QuorumMode { get; set; }

    /// <summary>See <see cref="OrgLifePolicy.DemocraticLifeQuorum"/>, as a fraction such as <c>2/3</c>.</summary>
    public string? DemocraticLifeQuorum { get; set; }

    /// <summary>See <see cref="OrgLifePolicy.MemberNoticeDays"/>.</summary>
    public int? MemberNoticeDays { get; set; }

    /// <summary>See <see cref="OrgLifePolicy.DemocraticLifeNoticeDays"/>.</summary>
    public int? DemocraticLifeNoticeDays { get; set; }

    /// <summary>See <see cref="OrgLifePolicy.SuperiorNoticeRequired"/>.</summary>
    public bool? SuperiorNoticeRequired { get; set; }

    /// <summary>See <see cref="OrgLifePolicy.SuperiorNoticeDays"/>.</summary>
    public int? SuperiorNoticeDays { get; set; }

    /// <summary>See <see cref="OrgLifePolicy.PlanLeadDays"/>.</summary>
    public int? PlanLeadDays { get; set; }

    /// <summary>See <see cref="OrgLifePolicy.MemberProblemListsRequired"/>.</summary>
    public bool? MemberProblemListsRequired { get; set; }

    /// <summary>See <see cref="OrgLifePolicy.MemberTalkPartner"/>.</summary>
    public TalkPartner? MemberTalkPartner { get; set; }

    /// <summary>See <see cref="OrgLifePolicy.CriticismCoverage"/>.</summary>
    public CriticismCoverage? CriticismCoverage { get; set; }

    /// <summary>See <see cref="OrgLifePolicy.SuperiorGuidance"/>.</summary>
    public GuidanceRequirement? SuperiorGuidance { get; set; }

    /// <summary>See <see cref="OrgLifePolicy.MinimumDuration"/>, for example <c>04:00:00</c>.</summary>
    public TimeSpan? MinimumDuration { get; set; }

    /// <summary>See <see cref="OrgLifePolicy.MinimumDurationBranchKinds"/>: <see cref="BranchKind"/> names.</summary>
    public List<string>? MinimumDurationBranchKinds { get; set; }

    /// <summary>See <see cref="OrgLifePolicy.GroupSplitThreshold"/>: a member count, or <c>none</c>.</summary>
    public string? GroupSplitThreshold { get; set; }

    /// <summary>See <see cref="OrgLifePolicy.Agendas"/>: the name of a built-in agenda set (<c>common</c>, <c>city-2019</c>, <c>district-2017</c>, <c>municipal-2016</c>).</summary>
    public string? Agendas { get; set; }

    /// <summary>See <see cref="OrgLifePolicy.ParticipationOtherThanInPersonCountsTowardQuorum"/>.</summary>
    public bool? ParticipationOtherThanInPersonCountsTowardQuorum { get; set; }

    /// <summary>See <see cref="OrgLifePolicy.SimplifiedProcedureBranchKinds"/>: <see cref="BranchKind"/> names.</summary>
    public List<string>? SimplifiedProcedureBranchKinds { get; set; }

    /// <summary>See <see cref="OrgLifePolicy.SimplifiedProcedureRules"/>: rule IDs.</summary>
    public List<string>? SimplifiedProcedureRules { get; set; }

    /// <summary>See <see cref="OrgLifePolicy.ExcellentCap"/>: a fraction such as <c>1/3</c>, or <c>none</c>.</summary>
    public string? ExcellentCap { get; set; }

    /// <summary>See <see cref="OrgLifePolicy.AllowedBallotScales"/>: <see cref="AssessmentScale"/> names.</summary>
    public List<string>? AllowedBallotScales { get; set; }

    /// <summary>See <see cref="OrgLifePolicy.ReportDays"/>: days, or <c>none</c>.</summary>
    public string? ReportDays { get; set; }

    /// <summary>See <see cref="OrgLifePolicy.DemocraticLifeReportDays"/>.</summary>
    public int? DemocraticLifeReportDays { get; set; }

    /// <summary>See <see cref="OrgLifePolicy.BranchProgressReportMonths"/>.</summary>
    public int? BranchProgressReportMonths { get; set; }

    /// <summary>See <see cref="OrgLifePolicy.BranchProgressReportsRecurring"/>.</summary>
    public bool? BranchProgressReportsRecurring { get; set; }

    /// <summary>See <see cref="OrgLifePolicy.MemberCommitmentReportMonths"/>.</summary>
    public int? MemberCommitmentReportMonths { get; set; }

    /// <summary>See <see cref="OrgLifePolicy.CampaignDeadline"/>: an ISO date such as <c>2027-03-31</c>, or <c>none</c>.</summary>
    public string? CampaignDeadline { get; set; }

    /// <summary>See <see cref="OrgLifePolicy.MeetingIntervalMonths"/>.</summary>
    public int? MeetingIntervalMonths { get; set; }

    /// <summary>See <see cref="OrgLifePolicy.ExemptionScope"/>.</summary>
    public ExemptionScope? ExemptionScope { get; set; }

    /// <summary>See <see cref="OrgLifePolicy.OrganizationalLifeBriefingRequired"/>.</summary>
    public bool? OrganizationalLifeBriefingRequired { get; set; }

    /// <summary>Severities set on top of the preset's (<see cref="OrgLifePolicy.SeverityOverrides"/>), by rule ID.</summary>
    public Dictionary<string, Severity>? SeverityOverrides { get; set; }

    /// <summary>Rules switched off on top of the preset's (<see cref="OrgLifePolicy.DisabledRules"/>).</summary>
    public List<string>? DisabledRules { get; set; }

    /// <summary>Rules the preset switched off that are switched back on.</summary>
    public List<string>? EnabledRules { get; set; }

    /// <summary>Builds the policy: the preset with every override set here.</summary>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentException">A value is not valid; the message names the setting and the value.</exception>
    public OrgLifePolicy ToPolicy()
    {
        var preset = PolicyPresets.ByName(Preset ?? PolicyPresets.National.Name);
        var p = preset;
        p = Name is { } name ? p with { Name = name } : p;
        p = QuorumMode is { } quorum ? p with { QuorumMode = quorum } : p;
        p = DemocraticLifeQuorum is { } dlq ? p with { DemocraticLifeQuorum = ParseRatio(dlq, nameof(DemocraticLifeQuorum)) } : p;
        p = MemberNoticeDays is { } mnd ? p with { MemberNoticeDays = mnd } : p;
        p = DemocraticLifeNoticeDays is { } dlnd ? p with { DemocraticLifeNoticeDays = dlnd } : p;
        p = SuperiorNoticeRequired is { } snr ? p with { SuperiorNoticeRequired = snr } : p;
        p = SuperiorNoticeDays is { } snd ? p with { SuperiorNoticeDays = snd } : p;
        p = PlanLeadDays is { } pld ? p with { PlanLeadDays = pld } : p;
        p = MemberProblemListsRequired is { } mplr ? p with { MemberProblemListsRequired = mplr } : p;
        p = MemberTalkPartner is { } mtp ? p with { MemberTalkPartner = mtp } : p;
        p = CriticismCoverage is { } cc ? p with { CriticismCoverage = cc } : p;
        p = SuperiorGuidance is { } sg ? p with { SuperiorGuidance = sg } : p;
        p = MinimumDuration is { } md ? p with { MinimumDuration = Duration.FromTimeSpan(md) } : p;
        p = MinimumDurationBranchKinds is { } mdbk ? p with { MinimumDurationBranchKinds = ParseSet(mdbk, nameof(MinimumDurationBranchKinds), ParseEnum<BranchKind>) } : p;
        p = GroupSplitThreshold is { } gst ? p with { GroupSplitThreshold = ParseOptional(gst, nameof(GroupSplitThreshold), ParseInt) } : p;
        p = Agendas is { } agendas ? p with { Agendas = ParseAgendas(agendas) } : p;
        p = ParticipationOtherThanInPersonCountsTowardQuorum is { } other ? p with { ParticipationOtherThanInPersonCountsTowardQuorum = other } : p;
        p = SimplifiedProcedureBranchKinds is { } spbk ? p with { SimplifiedProcedureBranchKinds = ParseSet(spbk, nameof(SimplifiedProcedureBranchKinds), ParseEnum<BranchKind>) } : p;
        p = SimplifiedProcedureRules is { } spr ? p with { SimplifiedProcedureRules = ParseSet(spr, nameof(SimplifiedProcedureRules), ParseRule) } : p;
        p = ExcellentCap is { } cap ? p with { ExcellentCap = ParseOptional(cap, nameof(ExcellentCap), ParseRatio) } : p;
        p = AllowedBallotScales is { } abs ? p with { AllowedBallotScales = ParseSet(abs, nameof(AllowedBallotScales), ParseEnum<AssessmentScale>) } : p;
        p = ReportDays is { } rd ? p with { ReportDays = ParseOptional(rd, nameof(ReportDays), ParseInt) } : p;
        p = DemocraticLifeReportDays is { } dlrd ? p with { DemocraticLifeReportDays = dlrd } : p;
        p = BranchProgressReportMonths is { } bprm ? p with { BranchProgressReportMonths = bprm } : p;
        p = BranchProgressReportsRecurring is { } bprr ? p with { BranchProgressReportsRecurring = bprr } : p;
        p = MemberCommitmentReportMonths is { } mcrm ? p with { MemberCommitmentReportMonths = mcrm } : p;
        p = CampaignDeadline is { } deadline ? p with { CampaignDeadline = ParseOptional(deadline, nameof(CampaignDeadline), ParseDate) } : p;
        p = MeetingIntervalMonths is { } mim ? p with { MeetingIntervalMonths = mim } : p;
        p = ExemptionScope is { } es ? p with { ExemptionScope = es } : p;
        p = OrganizationalLifeBriefingRequired is { } olbr ? p with { OrganizationalLifeBriefingRequired = olbr } : p;
        if (SeverityOverrides is { } severities)
        {
            p = p with
            {
                SeverityOverrides = p.SeverityOverrides.SetItems(severities.Select(s => KeyValuePair.Create(ParseRule(s.Key, nameof(SeverityOverrides)), s.Value))),
            };
        }

        if (DisabledRules is null && EnabledRules is null)
        {
            return p;
        }

        var disabled = DisabledRules is { } d ? ParseSet(d, nameof(DisabledRules), ParseRule) : [];
        var enabled = EnabledRules is { } e ? ParseSet(e, nameof(EnabledRules), ParseRule) : [];
        var both = disabled.Intersect(enabled);
        if (!both.IsEmpty)
        {
            throw new ArgumentException($"OrgLife policy setting DisabledRules and EnabledRules both name {string.Join(", ", both.Order())}.", nameof(DisabledRules));
        }

        return p with { DisabledRules = p.DisabledRules.Except(enabled).Union(disabled) };
    }

    /// <summary>
    /// The options that give back <paramref name="policy"/> through <see cref="ToPolicy"/>: the national preset with every
    /// knob set, for writing a policy into configuration or starting code-based options from a preset.
    /// </summary>
    /// <param name="policy">Any policy whose agendas are a built-in set.</param>
    /// <returns>New options.</returns>
    /// <exception cref="ArgumentException">The policy's agendas are not a built-in set.</exception>
    public static OrgLifePolicyOptions From(OrgLifePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var basis = PolicyPresets.National;
        if (!AgendaSets.Contains(policy.Agendas))
        {
            throw new ArgumentException($"Policy '{policy.Name}' uses agendas '{policy.Agendas.Name}', which are not a built-in set; configuration can only name one.", nameof(policy));
        }

        return new OrgLifePolicyOptions
        {
            Preset = basis.Name,
            Name = policy.Name,
            QuorumMode = policy.QuorumMode,
            DemocraticLifeQuorum = policy.DemocraticLifeQuorum.ToString(),
            MemberNoticeDays = policy.MemberNoticeDays,
            DemocraticLifeNoticeDays = policy.DemocraticLifeNoticeDays,
            SuperiorNoticeRequired = policy.SuperiorNoticeRequired,
            SuperiorNoticeDays = policy.SuperiorNoticeDays,
            PlanLeadDays = policy.PlanLeadDays,
            MemberProblemListsRequired = policy.MemberProblemListsRequired,
            MemberTalkPartner = policy.MemberTalkPartner,
            CriticismCoverage = policy.CriticismCoverage,
            SuperiorGuidance = policy.SuperiorGuidance,
            MinimumDuration = policy.MinimumDuration.ToTimeSpan(),
            MinimumDurationBranchKinds = SetText(policy.MinimumDurationBranchKinds.Select(k => k.ToString())),
            GroupSplitThreshold = policy.GroupSplitThreshold?.ToString(CultureInfo.InvariantCulture) ?? None,
            Agendas = policy.Agendas.Name,
            ParticipationOtherThanInPersonCountsTowardQuorum = policy.ParticipationOtherThanInPersonCountsTowardQuorum,
            SimplifiedProcedureBranchKinds = SetText(policy.SimplifiedProcedureBranchKinds.Select(k => k.ToString())),
            SimplifiedProcedureRules = SetText(policy.SimplifiedProcedureRules.Select(r => r.Value)),
            ExcellentCap = policy.ExcellentCap?.ToString() ?? None,
            AllowedBallotScales = SetText(policy.AllowedBallotScales.Select(s => s.ToString())),
            ReportDays = policy.ReportDays?.ToString(CultureInfo.InvariantCulture) ?? None,
            DemocraticLifeReportDays = policy.DemocraticLifeReportDays,
            BranchProgressReportMonths = policy.BranchProgressReportMonths,
            BranchProgressReportsRecurring = policy.BranchProgressReportsRecurring,
            MemberCommitmentReportMonths = policy.MemberCommitmentReportMonths,
            CampaignDeadline = policy.CampaignDeadline is { } deadline ? LocalDatePattern.Iso.Format(deadline) : None,
            MeetingIntervalMonths = policy.MeetingIntervalMonths,
            ExemptionScope = policy.ExemptionScope,
            OrganizationalLifeBriefingRequired = policy.OrganizationalLifeBriefingRequired,
            SeverityOverrides = policy.SeverityOverrides.ToDictionary(s => s.Key.Value, s => s.Value),
            DisabledRules = [.. policy.DisabledRules.Except(basis.DisabledRules).Select(r => r.Value).Order(StringComparer.Ordinal)],
            EnabledRules = [.. basis.DisabledRules.Except(policy.DisabledRules).Select(r => r.Value).Order(StringComparer.Ordinal)],
        };
    }

    private static ImmutableArray<MeetingAgendas> AgendaSets { get; } =
        [MeetingAgendas.Common, MeetingAgendas.City2019, MeetingAgendas.District2017, MeetingAgendas.Municipal2016];

    private static List<string> SetText(IEnumerable<string> items)
    {
        List<string> list = [.. items.Order(StringComparer.Ordinal)];
        return list.Count == 0 ? [None] : list;
    }

    private static MeetingAgendas ParseAgendas(string text)
        => AgendaSets.FirstOrDefault(a => string.Equals(a.Name, text.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw Invalid(nameof(Agendas), text, $"one of {string.Join(", ", AgendaSets.Select(a => a.Name))}");

    private static ImmutableHashSet<T> ParseSet<T>(List<string> items, string setting, Func<string, string, T> parse)
        => items is [var only] && IsNone(only) ? [] : [.. items.Select(item => parse(item, setting))];

    private static T? ParseOptional<T>(string text, string setting, Func<string, string, T> parse)
        where T : struct
        => IsNone(text) ? null : parse(text, setting);

    private static bool IsNone(string text) => string.Equals(text.Trim(), None, StringComparison.OrdinalIgnoreCase);

    private static T ParseEnum<T>(string text, string setting)
        where T : struct, Enum
        => Enum.TryParse<T>(text.Trim(), ignoreCase: true, out var value) && Enum.IsDefined(value) && !char.IsAsciiDigit(text.Trim()[0])
            ? value
            : throw Invalid(setting, text, $"one of {string.Join(", ", Enum.GetNames<T>())}");

    private static int ParseInt(string text, string setting)
        => int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : throw Invalid(setting, text, $"a whole number or '{None}'");

    private static Ratio ParseRatio(string text, string setting)
    {
        var parts = text.Split('/');
        return parts.Length == 2
            && int.TryParse(parts[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var numerator)
            && int.TryParse(parts[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var denominator)
            && denominator >= 1 && numerator <= denominator
            ? new Ratio(numerator, denominator)
            : throw Invalid(setting, text, "a fraction from 0/1 to 1/1 such as 1/3");
    }

    private static LocalDate ParseDate(string text, string setting)
        => LocalDatePattern.Iso.Parse(text.Trim()) is { Success: true } parsed ? parsed.Value : throw Invalid(setting, text, $"a date such as 2027-03-31, or '{None}'");

    private static RuleId ParseRule(string text, string setting)
    {
        try
        {
            return new RuleId(text.Trim());
        }
        catch (ArgumentException)
        {
            throw Invalid(setting, text, "a rule ID such as OL303");
        }
    }

    private static ArgumentException Invalid(string setting, string text, string expected)
        => new($"OrgLife policy setting {setting}: '{text}' is not {expected}.", setting);
}
