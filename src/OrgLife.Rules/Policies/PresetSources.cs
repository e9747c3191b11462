using System.Collections.Immutable;
using System.Globalization;
using OrgLife.Findings;
using OrgLife.Rules.Catalogue;

namespace OrgLife.Rules.Policies;

/// <summary>
/// Where each built-in preset's values come from: per knob, the value read from the preset itself (so the description
/// cannot drift from the code) and the sentence of the preset's document, or the national source when the document is
/// silent. docs/rules.md's preset table is generated from <see cref="Describe"/> and checked by a test.
/// </summary>
internal static class PresetSources
{
    private static readonly (string Key, string Label, Func<OrgLifePolicy, string> Read)[] Knobs =
    [
        ("MemberNoticeDays", "MemberNoticeDays (OL106)", p => Days(p.MemberNoticeDays)),
        ("DemocraticLifeNoticeDays", "DemocraticLifeNoticeDays (OL106)", p => Days(p.DemocraticLifeNoticeDays)),
        ("SuperiorNoticeDays", "SuperiorNoticeRequired, SuperiorNoticeDays (OL107)", p => p.SuperiorNoticeRequired ? Days(p.SuperiorNoticeDays) : "not required"),
        ("PlanLeadDays", "PlanLeadDays (OL108)", p => Days(p.PlanLeadDays)),
        ("MemberTalkPartner", "MemberTalkPartner (OL104)", p => p.MemberTalkPartner.ToString()),
        ("SuperiorGuidance", "SuperiorGuidance (OL207)", p => p.SuperiorGuidance.ToString()),
        ("MinimumDuration", "MinimumDuration, MinimumDurationBranchKinds (OL209)", p => p.MinimumDurationBranchKinds.IsEmpty ? "none" : $"{p.MinimumDuration.TotalHours:0.#} h for {string.Join(", ", p.MinimumDurationBranchKinds.Order())}"),
        ("GroupSplitThreshold", "GroupSplitThreshold (OL212, OL214)", p => p.GroupSplitThreshold is { } members ? $"{members} members, inclusive" : "none (any size may split; OL212 gives its Info only)"),
        ("Agendas", "Agendas (OL204)", p => p.Agendas.Name),
        ("SimplifiedProcedure", "SimplifiedProcedureBranchKinds (OL204, OL205, OL206, OL209)", p => p.SimplifiedProcedureBranchKinds.IsEmpty ? "none" : string.Join(", ", p.SimplifiedProcedureBranchKinds.Order())),
        ("OtherThanInPerson", "ParticipationOtherThanInPersonCountsTowardQuorum (OL201)", p => p.ParticipationOtherThanInPersonCountsTowardQuorum ? "yes" : "no"),
        ("ExcellentCap", "ExcellentCap (OL303)", p => p.ExcellentCap is { } cap ? $"{cap}, Warning" : "none (OL303 not applicable)"),
        ("AllowedBallotScales", "AllowedBallotScales (OL311)", p => string.Join(", ", p.AllowedBallotScales.Order())),
        ("ExemptionScope", "ExemptionScope (OL304, OL310)", p => p.ExemptionScope.ToString()),
        ("ReportDays", "ReportDays (OL501, 组织生活会)", p => p.ReportDays is { } days ? $"within {Days(days)}" : "none"),
        ("DemocraticLifeReportDays", "DemocraticLifeReportDays (OL501, 民主生活会)", p => $"within {Days(p.DemocraticLifeReportDays)}"),
        ("BranchProgressReportMonths", "BranchProgressReportMonths (OL504)", p => Months(p.BranchProgressReportMonths)),
        ("MemberCommitmentReportMonths", "MemberCommitmentReportMonths (OL505)", p => Months(p.MemberCommitmentReportMonths)),
        ("CampaignDeadline", "CampaignDeadline (OL507, OL508)", p => p.CampaignDeadline is { } d ? d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : "none (set by the yearly campaign)"),
        ("MeetingIntervalMonths", "MeetingIntervalMonths (OL508)", p => p.MeetingIntervalMonths == 12 ? "once a 年度" : Months(p.MeetingIntervalMonths)),
        ("OrganizationalLifeBriefingRequired", "OrganizationalLifeBriefingRequired (OL510)", p => p.OrganizationalLifeBriefingRequired ? "yes" : "no (民主生活会 only)"),
        ("SeverityOverrides", "SeverityOverrides", p => p.SeverityOverrides.IsEmpty ? "none" : string.Join(", ", p.SeverityOverrides.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}"))),
        ("DisabledRules", "DisabledRules", p => p.DisabledRules.IsEmpty ? "none" : string.Join(", ", p.DisabledRules.Order())),
    ];

    private static readonly ImmutableDictionary<string, ImmutableDictionary<string, (SourceCitation Source, string? Note)>> Own =
        new Dictionary<string, ImmutableDictionary<string, (SourceCitation Source, string? Note)>>
        {
            ["national"] = new Dictionary<string, (SourceCitation, string?)>
            {
                ["MemberNoticeDays"] = (Sources.City2019("一(四)", "会前1-2天通知党员参加会议，掌握党员到会情况。"), "the least demanding source: 1 day (Collection: 10, District-2017 民主生活会: 10)"),
                ["DemocraticLifeNoticeDays"] = (Sources.District2017("附件1 一.7", "召开民主生活会应提前10日通知领导班子每位成员。"), "the only source for a 民主生活会"),
                ["SuperiorNoticeDays"] = (Sources.Village2019("三(一)", "各基层党组织要提前与上级党委沟通情况，听取意见建议，确定会议召开的时间和开法，邀请上级党委派员参加并指导会议。"), "before the meeting, no minimum (the Collection's week is not national)"),
                ["PlanLeadDays"] = (Sources.District2017("附件1 一.2", "召开民主生活会应当由组织部门会同纪律检查机关、党委办公室、机关党组织制定会议方案，提前15日报上级党组织审核。"), "民主生活会 only"),
                ["MemberTalkPartner"] = (Sources.City2019("一(三)", "党支部委员之间、党支部委员与党员之间普遍进行1次谈心谈话。"), null),
                ["SuperiorGuidance"] = (Sources.City2019("二", "上级党组织指导员进行点评（社区、村党组织由街道、乡镇领导班子成员参加指导并点评）"), null),
                ["MinimumDuration"] = (Sources.Collection("第三篇 第六步", "机关党组织专题组织生活会原则上不少于半天。"), "the half day is the Collection's only: off nationally"),
                ["GroupSplitThreshold"] = (Sources.Municipal2016("二.5", "党员人数较多的党支部，个人自评和党员互评可分党小组进行。"), "City-2019 offers the 党小组会 form at any size and Municipal-2016 says only 人数较多: no threshold"),
                ["Agendas"] = (Sources.Municipal2016("二.5", "会上，按照个人自评、党员互评、民主测评的程序，对党员进行评议。"), "the steps common to every source's agenda for the form"),
                ["SimplifiedProcedure"] = (Sources.City2019("四.4", "对流动人才党支部、离退休干部职工党支部、非公有制经济组织和社会组织党支部，可以采取简便灵活的方式进行。"), "the national default relaxes nothing; City-2019 and Village-2019 do"),
                ["OtherThanInPerson"] = (Sources.BranchWorkRegulations("第十一条", "表决必须有半数以上有表决权的党员到会方可进行"), "the 条例 counts those 到会; yes is the knob value"),
                ["ExcellentCap"] = (Sources.Village2019("二.5", "评定为“优秀”的党员比例一般不超过三分之一。"), "kept national by design; only Municipal-2016 rejects it"),
                ["AllowedBallotScales"] = (Sources.Collection("第三篇 第三步 4", "发放民主测评表,按照“好”、“一般”、“差”三种情况,对党员进行投票测评"), "the four grades or 好/一般/差: the least demanding"),
                ["ExemptionScope"] = (Sources.Collection("第三篇 第六步", "已参加领导班子专题民主生活会的党员领导干部可不参加民主测评。"), "the 民主测评 only; WholeEvaluation is the knob value of Municipal-2016 三.3 and District-2017 附件2 五"),
                ["ReportDays"] = (Sources.City2019("四.5", "不要求党支部搞工作方案、报表台账、总结报告等材料"), "City-2019 and Village-2019 ask for no report: no deadline after a 组织生活会 (OL501 not applicable)"),
                ["DemocraticLifeReportDays"] = (Sources.District2017("附件1 三.2", "民主生活会结束后15日内，应当将会议情况报告和会议记录报上级党组织，并报送上级纪委和党委组织部门。"), "the only source for a 民主生活会"),
                ["BranchProgressReportMonths"] = (Sources.Village2019("二.6", "党组织半年内要向党员群众通报班子整改情况"), null),
                ["MemberCommitmentReportMonths"] = (Sources.City2019("三(四)", "党员每季度报告兑现承诺情况。"), null),
                ["CampaignDeadline"] = (Sources.BranchWorkRegulations("第十七条", "党支部每年至少召开1次组织生活会，一般安排在第四季度"), "each year's campaign sets its own date"),
                ["MeetingIntervalMonths"] = (Sources.BranchWorkRegulations("第十七条", "党支部每年至少召开1次组织生活会，一般安排在第四季度"), null),
                ["OrganizationalLifeBriefingRequired"] = (Sources.District2017("附件1 三.3", "民主生活会召开情况应当向下级党组织或者本单位通报。"), "the briefing of a 组织生活会 is the Collection's only"),
                ["SeverityOverrides"] = (Sources.BranchWorkRegulations("第十一条", "表决必须有半数以上有表决权的党员到会方可进行"), "every rule keeps its default severity"),
                ["DisabledRules"] = (Sources.City2019("四.5", "不要求党支部搞工作方案、报表台账、总结报告等材料"), "OL511 (archives) is asked only by District-2017 and Village-2019, rejected by City-2019"),
            }.ToImmutableDictionary(),
            ["city-2019"] = new Dictionary<string, (SourceCitation, string?)>
            {
                ["Agendas"] = (Sources.City2019("二(二)", "党员依次进行对照检查，其他党员进行批评帮助"), "its three forms: 二(一), 二(二), 二(三)"),
                ["SimplifiedProcedure"] = (Sources.City2019("四.4", "对流动人才党支部、离退休干部职工党支部、非公有制经济组织和社会组织党支部，可以采取简便灵活的方式进行。"), null),
                ["MemberNoticeDays"] = (Sources.City2019("一(四)", "会前1-2天通知党员参加会议，掌握党员到会情况。"), null),
                ["CampaignDeadline"] = (Sources.City2019("四.6", "组织生活会和民主评议党员要在2019年3月底前完成。"), null),
                ["DisabledRules"] = (Sources.City2019("四.5", "不要求党支部搞工作方案、报表台账、总结报告等材料"), "no report deadline (OL501) and no archives (OL511)"),
            }.ToImmutableDictionary(),
            ["village-2019"] = new Dictionary<string, (SourceCitation, string?)>
            {
                ["SimplifiedProcedure"] = (Sources.Village2019("三(二)", "要注意加强对流动人才、离退休干部职工、非公有制经济组织和社会组织等党支部的指导，帮助他们采取简便灵活方式进行。"), null),
                ["ExcellentCap"] = (Sources.Village2019("二.5", "评定为“优秀”的党员比例一般不超过三分之一。"), null),
                ["CampaignDeadline"] = (Sources.Village2019("三(三)", "组织生活会和民主评议党员要在2019年3月20日前完成。"), null),
                ["BranchProgressReportMonths"] = (Sources.Village2019("二.6", "党组织半年内要向党员群众通报班子整改情况"), null),
                ["DisabledRules"] = (Sources.Village2019("三(一)", "不要求党支部搞工作方案、报表台账、总结报告等村料"), "no report deadline (OL501); archives are asked (三(四) \"会后，党支部要及时整理会议的有关档案资料\"): OL511 on"),
            }.ToImmutableDictionary(),
            ["municipal-2016"] = new Dictionary<string, (SourceCitation, string?)>
            {
                ["Agendas"] = (Sources.Municipal2016("二.5", "会上，按照个人自评、党员互评、民主测评的程序，对党员进行评议。"), null),
                ["ExcellentCap"] = (Sources.Municipal2016("二.5", "民主评议党员不下指标、不定比例、不唯票数。"), null),
                ["AllowedBallotScales"] = (Sources.Municipal2016("二.5", "按照“优秀”“合格”“基本合格”“不合格”四种等次，对党员进行投票测评。"), null),
                ["ExemptionScope"] = (Sources.Municipal2016("三.3", "参加年度民主生活会的党员领导干部，可不参加民主评议党员。"), null),
                ["SeverityOverrides"] = (Sources.Municipal2016("二.5", "组织全体党员对党支部班子的工作、作风等进行评议。"), null),
                ["CampaignDeadline"] = (Sources.Municipal2016("一", "专题组织生活会和民主评议党员工作要坚持时间服从质量，不赶进度，在2017年3月底前完成。"), null),
            }.ToImmutableDictionary(),
            ["district-2017"] = new Dictionary<string, (SourceCitation, string?)>
            {
                ["Agendas"] = (Sources.District2017("附件2 四", "1、支部书记领学有关内容；2、党支部书记代表班子进行述职，说明征求意见和查摆问题情况，集体研究提出整改措施；3、支部书记和班子成员逐一开展批评和自我批评。"), "附件2 四 and 五; 民主生活会 附件1 二.1"),
                ["PlanLeadDays"] = (Sources.District2017("附件1 一.2", "召开民主生活会应当由组织部门会同纪律检查机关、党委办公室、机关党组织制定会议方案，提前15日报上级党组织审核。"), null),
                ["DemocraticLifeNoticeDays"] = (Sources.District2017("附件1 一.7", "召开民主生活会应提前10日通知领导班子每位成员。"), null),
                ["DemocraticLifeReportDays"] = (Sources.District2017("附件1 三.2", "民主生活会结束后15日内，应当将会议情况报告和会议记录报上级党组织，并报送上级纪委和党委组织部门。"), null),
                ["GroupSplitThreshold"] = (Sources.District2017("附件2 五", "党员人数较多，20人以上的支部，可分党小组进行。"), null),
                ["ExemptionScope"] = (Sources.District2017("附件2 五", "参加年度民主生活会的，可不参加民主评议党员。"), null),
                ["DisabledRules"] = (Sources.District2017("附件1 三.6", "民主生活会后，要做好相关材料的处置工作，及时归卷存档。"), "archives are asked: OL511 on"),
            }.ToImmutableDictionary(),
            ["collection"] = new Dictionary<string, (SourceCitation, string?)>
            {
                ["MemberNoticeDays"] = (Sources.Collection("第一篇 1.2", "提前十天将会议日期和议题通知应到会人员,使其做好准备。"), "10 by default; 5 is the knob value of 第五篇 (一)3 \"提前5-10 天\"; earlier is never late"),
                ["SuperiorNoticeDays"] = (Sources.Collection("第一篇 1.3", "提前一周报告上级党组织,以便上级党组织派人参加。"), null),
                ["ReportDays"] = (Sources.Collection("第一篇 3.1", "会后十天内,要向上级党组织报送会议情况的书面报告和会议记录。"), null),
                ["MemberTalkPartner"] = (Sources.Collection("第五篇 (一)2", "党支部书记要和支部的每名党员个别谈心,了解党支部每名党员的思想情况,做到心中有数。"), null),
                ["MinimumDuration"] = (Sources.Collection("第三篇 第六步", "机关党组织专题组织生活会原则上不少于半天。"), null),
                ["MeetingIntervalMonths"] = (Sources.Collection("第五篇 三", "组织生活会,一般每季度或每半年召开一次。"), "6 by default; 3 is the knob value (每季度)"),
                ["SuperiorGuidance"] = (Sources.Collection("第三篇 第六步", "上级党组织要派人参加专题组织生活会,指导民主评议党员工作,对会议情况进行点评"), "Required; Advisory is the knob value of 第一篇 2.8 \"如有必要,上级党组织要委派负责人员参加\""),
                ["OrganizationalLifeBriefingRequired"] = (Sources.Collection("第五篇 (三)2", "组织生活会后,要在一定范围内向干部、群众通报会议情况和整改措施,接受干部、群众的监督。"), null),
            }.ToImmutableDictionary(),
        }.ToImmutableDictionary();

    /// <summary>Every knob of <paramref name="preset"/> (a built-in preset), with its value and source.</summary>
    public static ImmutableArray<PresetValue> Describe(OrgLifePolicy preset)
    {
        var own = Own[preset.Name];
        var national = Own[PolicyPresets.National.Name];
        return
        [
            .. Knobs.Select(knob => own.TryGetValue(knob.Key, out var mine)
                ? new PresetValue(knob.Label, knob.Read(preset), mine.Source, Inherited: false, mine.Note)
                : new PresetValue(knob.Label, knob.Read(preset), national[knob.Key].Source, Inherited: true, national[knob.Key].Note)),
        ];
    }

    private static string Days(int days) => days == 1 ? "1 day" : $"{days.ToString(CultureInfo.InvariantCulture)} days";

    private static string Months(int months) => months == 1 ? "1 month" : $"{months.ToString(CultureInfo.InvariantCulture)} months";
}
