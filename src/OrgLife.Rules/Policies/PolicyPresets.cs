using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using NodaTime;
using OrgLife.Branches;
using OrgLife.Findings;
using OrgLife.Grades;

namespace OrgLife.Rules.Policies;

/// <summary>
/// The built-in policies: a national default holding only what the 条例 and 党章 require (and, where the sources all ask
/// for a step with different numbers, the least demanding of them), and one preset per source document carrying only
/// what that document says: the national default plus its numbers and additions, minus what it explicitly rejects.
/// <see cref="Describe"/> lists every preset's values with the sentence each comes from (docs/rules.md shows them).
/// A vendor's yearly campaign applies a <see cref="CampaignOverlay"/> on top.
/// </summary>
public static class PolicyPresets
{
    /// <summary>
    /// The branch kinds City-2019 四.4 and Village-2019 三(二) let use "简便灵活的方式": 流动人才, 离退休干部职工,
    /// 非公有制经济组织 and 社会组织 branches. Declared first: the presets below read it.
    /// </summary>
    private static ImmutableHashSet<BranchKind> SimplifiedProcedureKinds { get; } =
        [BranchKind.MobileTalent, BranchKind.Retirees, BranchKind.PrivateEnterprise, BranchKind.SocialOrganization];

    /// <summary>
    /// The national default: quorum half or more (支部工作条例 第十一条), 2/3 for 民主生活会, once a 年度 (第十七条), Excellent
    /// at most 1/3 (a warning), member notice 1 day before (the least demanding source), the superior told before the
    /// meeting with no minimum, no report deadline after a 组织生活会, no campaign deadline, the exemption covering the
    /// 民主测评 only, no size threshold for party groups (OL212 only gives its information), OL511 off.
    /// </summary>
    public static OrgLifePolicy National { get; } = new()
    {
        Name = "national",
        DisabledRules = [new RuleId("OL511")],
    };

    /// <summary>City-2019: notice 1 day before (一(四) "会前1-2天"), finish by 2019-03-31 (四.6), progress reported every half-year (三(四)); "不要求…报表台账、总结报告等材料" (四.5) switches OL501 and OL511 off.</summary>
    public static OrgLifePolicy City2019 { get; } = National with
    {
        Name = "city-2019",
        MemberNoticeDays = 1,
        CampaignDeadline = new LocalDate(2019, 3, 31),
        DisabledRules = [new RuleId("OL501"), new RuleId("OL511")],
        Agendas = MeetingAgendas.City2019,
        SimplifiedProcedureBranchKinds = SimplifiedProcedureKinds,
        BranchProgressReportsRecurring = true,
    };

    /// <summary>Village-2019: Excellent "一般不超过三分之一" (二.5), finish by 2019-03-20 (三(三)), no report (三(一) "不要求…总结报告"), archives kept (三(四)).</summary>
    public static OrgLifePolicy Village2019 { get; } = National with
    {
        Name = "village-2019",
        ExcellentCap = Ratio.OneThird,
        CampaignDeadline = new LocalDate(2019, 3, 20),
        DisabledRules = [new RuleId("OL501")],
        SimplifiedProcedureBranchKinds = SimplifiedProcedureKinds,
    };

    /// <summary>
    /// Municipal-2016: "不下指标、不定比例、不唯票数" — no Excellent cap (二.5); ballots in the four grades only (二.5); the
    /// committee rated by all members is mandatory (OL309 Error, 二.5); leading cadres may skip the whole 民主评议 (三.3);
    /// finish by 2017-03-31 (一).
    /// </summary>
    public static OrgLifePolicy Municipal2016 { get; } = National with
    {
        Name = "municipal-2016",
        ExcellentCap = null,
        AllowedBallotScales = [AssessmentScale.FourGrades],
        SeverityOverrides = ImmutableDictionary<RuleId, Severity>.Empty.Add(new RuleId("OL309"), Severity.Error),
        ExemptionScope = ExemptionScope.WholeEvaluation,
        CampaignDeadline = new LocalDate(2017, 3, 31),
        Agendas = MeetingAgendas.Municipal2016,
    };

    /// <summary>District-2017: 民主生活会 plan 15 days before, notice 10 days, report within 15 days (附件1); groups from 20 members (附件2 五); leading cadres may skip the whole 民主评议 (附件2 五); archives (附件1 三.6); every member lists their problems (附件2 三).</summary>
    public static OrgLifePolicy District2017 { get; } = National with
    {
        Name = "district-2017",
        PlanLeadDays = 15,
        DemocraticLifeNoticeDays = 10,
        DemocraticLifeReportDays = 15,
        GroupSplitThreshold = 20,
        ExemptionScope = ExemptionScope.WholeEvaluation,
        DisabledRules = [],
        Agendas = MeetingAgendas.District2017,
        MemberProblemListsRequired = true,
    };

    /// <summary>
    /// Collection: notice ten days before (第一篇 1.2 "提前十天"; 5 is the knob value of 第五篇 "提前5-10天"), superior told a week
    /// before (1.3), report within 10 days (3.1), talks by the secretary personally (第五篇 (一)2), 机关 meetings at least half a
    /// day (第三篇 第六步), meetings every half-year (第五篇 三; 3 months is the knob value), the superior's representative
    /// required (第三篇 "要派人参加"; Advisory is the knob value of 第一篇 2.8 "如有必要"), the meeting briefed (第五篇 (三)2).
    /// </summary>
    public static OrgLifePolicy Collection { get; } = National with
    {
        Name = "collection",
        MemberNoticeDays = 10,
        SuperiorNoticeDays = 7,
        ReportDays = 10,
        MemberTalkPartner = TalkPartner.Secretary,
        MinimumDurationBranchKinds = [BranchKind.GovernmentOrgan],
        MeetingIntervalMonths = 6,
        SuperiorGuidance = GuidanceRequirement.Required,
        OrganizationalLifeBriefingRequired = true,
    };

    /// <summary>Every preset, by name.</summary>
    public static ImmutableArray<OrgLifePolicy> All { get; } = [National, City2019, Village2019, Municipal2016, District2017, Collection];

    /// <summary>Finds a preset by its name (case-insensitive).</summary>
    /// <param name="name">A preset name such as <c>village-2019</c>.</param>
    /// <returns>The preset.</returns>
    /// <exception cref="ArgumentException">No preset has that name; the message lists the names there are.</exception>
    public static OrgLifePolicy ByName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return TryGet(name, out var preset) ? preset
            : throw new ArgumentException($"No policy preset is named '{name}'. Presets: {string.Join(", ", Names)}.", nameof(name));
    }

    /// <summary>The preset names in the order of <see cref="All"/>, for messages that list them and for suggestions.</summary>
    public static ImmutableArray<string> Names { get; } = [.. All.Select(p => p.Name)];

    /// <summary>Finds a preset by its name (case-insensitive, ordinal) without throwing: the one lookup the tool, the service and the policy files share.</summary>
    /// <param name="name">A preset name such as <c>village-2019</c>; null or any other text finds nothing.</param>
    /// <param name="preset">The preset, when found.</param>
    /// <returns>True when a preset has that name.</returns>
    public static bool TryGet([NotNullWhen(true)] string? name, [NotNullWhen(true)] out OrgLifePolicy? preset)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                preset = candidate;
                return true;
            }
        }

        preset = null;
        return false;
    }

    /// <summary>
    /// Every knob of the built-in preset <paramref name="preset"/> with its value and the sentence it comes from: the
    /// preset's own document where it says something, else the national source (marked inherited).
    /// </summary>
    /// <param name="preset">One of <see cref="All"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="preset"/> is not a built-in preset.</exception>
    public static ImmutableArray<PresetValue> Describe(OrgLifePolicy preset)
    {
        ArgumentNullException.ThrowIfNull(preset);
        if (!All.Contains(preset))
        {
            throw new ArgumentException($"'{preset.Name}' is not a built-in preset; only presets are described.", nameof(preset));
        }

        return PresetSources.Describe(preset);
    }
}
