using System.Collections.Immutable;
using NodaTime;
using OrgLife.Branches;

namespace OrgLife.Rules.Policies;

/// <summary>
/// The built-in policies: a national default from the 条例 rules and one preset per source document
/// in <c>shared/seeds/</c>, each with that document's notice days, deadlines, ratio rule and frequency.
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
    /// The national default: quorum half or more (支部工作条例 第十一条), 2/3 for 民主生活会, a meeting at least
    /// once a year (第十七条), Excellent at most 1/3, 1-day member notice (the most lenient source), 7-day
    /// superior notice, 15-day plan, 10-day report (15 for 民主生活会), no campaign deadline.
    /// </summary>
    public static OrgLifePolicy National { get; } = new() { Name = "national" };

    /// <summary>City-2019 (seeds/000): notice 1 day before (一(四) "会前1-2天"), finish by 2019-03-31.</summary>
    public static OrgLifePolicy City2019 { get; } = National with
    {
        Name = "city-2019",
        MemberNoticeDays = 1,
        CampaignDeadline = new LocalDate(2019, 3, 31),
        Agendas = MeetingAgendas.City2019,
        SimplifiedProcedureBranchKinds = SimplifiedProcedureKinds,
    };

    /// <summary>Village-2019 (seeds/001): Excellent at most 1/3 (二.5), finish by 2019-03-20 (四), not online (三(二)).</summary>
    public static OrgLifePolicy Village2019 { get; } = National with
    {
        Name = "village-2019",
        ExcellentCap = Ratio.OneThird,
        CampaignDeadline = new LocalDate(2019, 3, 20),
        SimplifiedProcedureBranchKinds = SimplifiedProcedureKinds,
    };

    /// <summary>Municipal-2016 (seeds/002): "不下指标、不定比例、不唯票数" — no Excellent cap (二.5); finish by 2017-03-31.</summary>
    public static OrgLifePolicy Municipal2016 { get; } = National with
    {
        Name = "municipal-2016",
        ExcellentCap = null,
        CampaignDeadline = new LocalDate(2017, 3, 31),
        Agendas = MeetingAgendas.Municipal2016,
    };

    /// <summary>District-2017 (seeds/003): 民主生活会 plan 15 days before, notice 10 days, report within 15 days; groups from 20 members.</summary>
    public static OrgLifePolicy District2017 { get; } = National with
    {
        Name = "district-2017",
        PlanLeadDays = 15,
        DemocraticLifeNoticeDays = 10,
        DemocraticLifeReportDays = 15,
        GroupSplitThreshold = 20,
        Agendas = MeetingAgendas.District2017,
    };

    /// <summary>
    /// Collection (seeds/004): notice ten days before (第一篇 "提前十天"), superior told a week before (1.3),
    /// report within 10 days (3.1), talks by the secretary personally (第五篇 (一)2), ballots may use 好/一般/差
    /// (第三篇 第三步 4), 机关 meetings at least half a day (第三篇 第六步), meetings every half-year (第五篇 三).
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
        return All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"No policy preset is named '{name}'. Presets: {string.Join(", ", All.Select(p => p.Name))}.", nameof(name));
    }
}
