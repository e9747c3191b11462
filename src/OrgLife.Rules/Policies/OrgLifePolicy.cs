using System.Collections.Immutable;
using NodaTime;
using OrgLife.Branches;
using OrgLife.Findings;
using OrgLife.Grades;

namespace OrgLife.Rules.Policies;

/// <summary>
/// Every knob the rules have, with the national defaults. Where the source documents disagree
/// (notice days, the Excellent cap, meeting frequency …) the disagreement is a knob here, never a
/// silent choice. Immutable; every property validates the value it is given, so presets changed
/// with <c>with</c> or a <see cref="CampaignOverlay"/> can never contradict themselves, and holds it
/// within bounds every rule and the schedule can work with (an <see cref="ArgumentOutOfRangeException"/>
/// naming the property otherwise): day counts 0–<see cref="MaxDays"/>, reporting periods
/// 1–<see cref="MaxReportMonths"/> months, the meeting interval 1–<see cref="MaxMeetingIntervalMonths"/>
/// months, the group-split threshold 1–<see cref="MaxGroupSplitThreshold"/>, the minimum duration at most
/// <see cref="MaxMinimumDurationHours"/> hours.
/// </summary>
public sealed record OrgLifePolicy
{
    /// <summary>The most calendar days a notice, plan or report knob may hold: one year.</summary>
    public const int MaxDays = 366;

    /// <summary>The longest reporting period (OL504, OL505) in months: the periods fall in the year after the meeting.</summary>
    public const int MaxReportMonths = 12;

    /// <summary>The longest meeting interval (OL508) in months: two years.</summary>
    public const int MaxMeetingIntervalMonths = 24;

    /// <summary>The largest group-split threshold (OL212), in members.</summary>
    public const int MaxGroupSplitThreshold = 100_000;

    /// <summary>The longest minimum duration (OL209), in hours: one day.</summary>
    public const int MaxMinimumDurationHours = 24;

    /// <summary>The policy's name, shown in reports, for example <c>national</c> or <c>village-2019</c>.</summary>
    public required string Name
    {
        get;
        init => field = string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("OrgLifePolicy.Name must not be empty.", nameof(Name)) : value;
    }

    /// <summary>OL201/OL202: how "半数以上" is read. Default: half or more (inclusive).</summary>
    public QuorumMode QuorumMode
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(QuorumMode), value, "OrgLifePolicy.QuorumMode: unknown mode.");
    }

    /// <summary>OL201: the share of voting members due who must attend a 民主生活会. Default 2/3 (三分之二以上, inclusive).</summary>
    public Ratio DemocraticLifeQuorum
    {
        get;
        init => field = value.Denominator == 0 || value.Numerator == 0 ? throw new ArgumentException("OrgLifePolicy.DemocraticLifeQuorum must be a ratio above 0.", nameof(DemocraticLifeQuorum)) : value;
    } = Ratio.TwoThirds;

    /// <summary>OL106: members are notified at least this many calendar days before a 组织生活会. Default 1 (City-2019 一(四)).</summary>
    public int MemberNoticeDays { get; init => field = Days(value, nameof(MemberNoticeDays)); } = 1;

    /// <summary>OL106: the notice for a 民主生活会, in calendar days. Default 10 (District-2017 附件1 一.7).</summary>
    public int DemocraticLifeNoticeDays { get; init => field = Days(value, nameof(DemocraticLifeNoticeDays)); } = 10;

    /// <summary>OL107: whether the superior must be told in advance. Default true (every source asks the branch to tell its superior before the meeting).</summary>
    public bool SuperiorNoticeRequired { get; init; } = true;

    /// <summary>OL107: the superior is told at least this many calendar days before. Default 0: before the meeting, no minimum (7 is the Collection's "提前一周").</summary>
    public int SuperiorNoticeDays { get; init => field = Days(value, nameof(SuperiorNoticeDays)); }

    /// <summary>OL108: a 民主生活会 plan reaches the superior at least this many days before. Default 15.</summary>
    public int PlanLeadDays { get; init => field = Days(value, nameof(PlanLeadDays)); } = 15;

    /// <summary>
    /// OL109, the written-material rule: whether every member must list their own problems in writing before the meeting
    /// (District-2017 附件2 三 "每名党员都要…列出问题清单"). Default false: City-2019 四.5 and Village-2019 三(一) "不要求党员撰写个人发言材料",
    /// and the national texts ask no written material of ordinary members.
    /// </summary>
    public bool MemberProblemListsRequired { get; init; }

    /// <summary>OL104: who must talk with each member. Default any committee member.</summary>
    public TalkPartner MemberTalkPartner
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(MemberTalkPartner), value, "OrgLifePolicy.MemberTalkPartner: unknown value.");
    }

    /// <summary>OL206: how criticism coverage is counted. Default every participant to every examinee.</summary>
    public CriticismCoverage CriticismCoverage
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(CriticismCoverage), value, "OrgLifePolicy.CriticismCoverage: unknown value.");
    }

    /// <summary>OL207: whether the superior's guidance is required or advisory. Default required.</summary>
    public GuidanceRequirement SuperiorGuidance
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(SuperiorGuidance), value, "OrgLifePolicy.SuperiorGuidance: unknown value.");
    }

    /// <summary>OL209: the least duration of a thematic meeting in the branch kinds listed. Default 4 hours (half a day).</summary>
    public Duration MinimumDuration
    {
        get;
        init => field = value < Duration.Zero || value > Duration.FromHours(MaxMinimumDurationHours)
            ? throw new ArgumentOutOfRangeException(nameof(MinimumDuration), value, FormattableString.Invariant($"OrgLifePolicy.MinimumDuration must be from 0 to {MaxMinimumDurationHours} hours."))
            : value;
    } = Duration.FromHours(4);

    /// <summary>OL209: the branch kinds the minimum duration applies to. Default none (机关 under the Collection, 第三篇 第六步, only).</summary>
    public ImmutableHashSet<BranchKind> MinimumDurationBranchKinds
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(MinimumDurationBranchKinds));
    } = [];

    /// <summary>
    /// OL212/OL214: a branch of at least this many members (the whole roster, probationary members included; "20人以上"
    /// includes 20) may hold the self- and peer evaluation in party groups; null when the policy sets no size, as the
    /// national default does (City-2019 offers the 党小组会 form at any size, Municipal-2016 says only "人数较多"): then
    /// splitting is never a violation. District-2017 sets 20 (附件2 五).
    /// </summary>
    public int? GroupSplitThreshold
    {
        get;
        init => field = value is { } threshold ? Within(threshold, 1, MaxGroupSplitThreshold, nameof(GroupSplitThreshold)) : null;
    }

    /// <summary>OL204: the agenda each meeting form requires, from the preset's document. Default the steps common to every source.</summary>
    public MeetingAgendas Agendas { get; init => field = value ?? throw new ArgumentNullException(nameof(Agendas)); } = MeetingAgendas.Common;

    /// <summary>
    /// OL201: whether a member who took part other than in person (流入地, 适当方式, phone or network) counts as attending.
    /// Default false: the 条例 counts those 到会.
    /// </summary>
    public bool ParticipationOtherThanInPersonCountsTowardQuorum { get; init; }

    /// <summary>
    /// The branch kinds that may use the simplified procedure ("可以采取简便灵活的方式", City-2019 四.4, Village-2019 三(二)):
    /// for them the rules in <see cref="SimplifiedProcedureRules"/> report at most Info and OL206 asks one criticism per
    /// participant overall. Default none (the national texts offer no such relief).
    /// </summary>
    public ImmutableHashSet<BranchKind> SimplifiedProcedureBranchKinds
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(SimplifiedProcedureBranchKinds));
    } = [];

    /// <summary>
    /// The rules that relax to Info under the simplified procedure. Default OL204 (agenda), OL205 (secretary first), OL209
    /// (duration) and OL109 (the written-material rule: problem lists). Quorum, grading and confidentiality never relax:
    /// OL201, OL202, OL3xx and OL4xx are refused here.
    /// </summary>
    public ImmutableHashSet<RuleId> SimplifiedProcedureRules
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(SimplifiedProcedureRules));
            foreach (var rule in value)
            {
                if (rule.Value is null or "OL201" or "OL202" || rule.Section is 3 or 4)
                {
                    throw new ArgumentException($"OrgLifePolicy.SimplifiedProcedureRules: {rule} never relaxes (quorum, grading and confidentiality stay as they are).", nameof(SimplifiedProcedureRules));
                }
            }

            field = value;
        }
    } = [new RuleId("OL204"), new RuleId("OL205"), new RuleId("OL209"), new RuleId("OL109")];

    /// <summary>True when a branch of <paramref name="kind"/> may use the simplified procedure under this policy.</summary>
    /// <param name="kind">The branch kind.</param>
    public bool UsesSimplifiedProcedure(BranchKind kind) => SimplifiedProcedureBranchKinds.Contains(kind);

    /// <summary>OL303: the largest share of graded full members who may be Excellent; null switches the cap off ("不下指标、不定比例"). Default 1/3.</summary>
    public Ratio? ExcellentCap
    {
        get;
        init => field = value is { Denominator: 0 } ? throw new ArgumentException("OrgLifePolicy.ExcellentCap must be a valid ratio (the default Ratio is not).", nameof(ExcellentCap)) : value;
    } = Ratio.OneThird;

    /// <summary>OL311: the scales the assessment ballot may use. Default both the four grades and 好/一般/差.</summary>
    public ImmutableHashSet<AssessmentScale> AllowedBallotScales
    {
        get;
        init => field = value is null || value.IsEmpty
            ? throw new ArgumentException("OrgLifePolicy.AllowedBallotScales must allow at least one scale.", nameof(AllowedBallotScales))
            : value;
    } = [AssessmentScale.FourGrades, AssessmentScale.GoodFairPoor];

    /// <summary>
    /// OL501: the report reaches the superior within this many days after a 组织生活会 (day N included); null sets no
    /// report deadline (OL501 is then not applicable to a 组织生活会). Default null (City-2019 and Village-2019 ask for
    /// no report); 10 under the Collection (第一篇 3.1).
    /// </summary>
    public int? ReportDays { get; init => field = value is { } days ? Days(days, nameof(ReportDays)) : null; }

    /// <summary>OL501: the same for a 民主生活会. Default 15 (District-2017 附件1 三.2).</summary>
    public int DemocraticLifeReportDays { get; init => field = Days(value, nameof(DemocraticLifeReportDays)); } = 15;

    /// <summary>OL504: the branch reports rectification progress within this many months of the meeting (and, when recurring, every this many months). Default 6.</summary>
    public int BranchProgressReportMonths { get; init => field = Within(value, 1, MaxReportMonths, nameof(BranchProgressReportMonths)); } = 6;

    /// <summary>
    /// OL504: whether the progress report recurs every <see cref="BranchProgressReportMonths"/> through the year after the
    /// meeting (City-2019 三(四) "每半年向党员群众通报") or is one report within that time (Village-2019 二.6 "半年内"). Default
    /// false: one report, the least demanding reading (RULES.md Revision 2, clarifications).
    /// </summary>
    public bool BranchProgressReportsRecurring { get; init; }

    /// <summary>OL505: each member reports on their commitments at least every this many months. Default 3.</summary>
    public int MemberCommitmentReportMonths { get; init => field = Within(value, 1, MaxReportMonths, nameof(MemberCommitmentReportMonths)); } = 3;

    /// <summary>OL507: the date the campaign must be complete by; null when the policy sets none.</summary>
    public LocalDate? CampaignDeadline { get; init; }

    /// <summary>OL508: organizational-life meetings at least every this many months. Default 12 (支部工作条例 第十七条).</summary>
    public int MeetingIntervalMonths { get; init => field = Within(value, 1, MaxMeetingIntervalMonths, nameof(MeetingIntervalMonths)); } = 12;

    /// <summary>
    /// OL304/OL310: what a leading cadre who attended this year's 民主生活会 may be left out of. Default the 民主测评 only
    /// (Collection 第三篇 第六步 "可不参加民主测评"); the whole 民主评议 under Municipal-2016 三.3 and District-2017 附件2 五.
    /// </summary>
    public ExemptionScope ExemptionScope
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(ExemptionScope), value, "OrgLifePolicy.ExemptionScope: unknown value.");
    }

    /// <summary>
    /// OL510: whether a 组织生活会 must be briefed afterwards too (Collection 第五篇 (三)2 "在一定范围内向干部、群众通报会议情况");
    /// a 民主生活会 always is (District-2017 附件1 三.3). Default false.
    /// </summary>
    public bool OrganizationalLifeBriefingRequired { get; init; }

    /// <summary>Severities that replace a rule's own for every finding it makes.</summary>
    public ImmutableDictionary<RuleId, Severity> SeverityOverrides
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(SeverityOverrides));
            foreach (var (rule, severity) in value)
            {
                if (!Enum.IsDefined(severity))
                {
                    throw new ArgumentOutOfRangeException(nameof(SeverityOverrides), severity, $"OrgLifePolicy.SeverityOverrides[{rule}]: unknown severity.");
                }
            }

            field = value;
        }
    } = ImmutableDictionary<RuleId, Severity>.Empty;

    /// <summary>Rules switched off: they report "disabled", never pass.</summary>
    public ImmutableHashSet<RuleId> DisabledRules
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(DisabledRules));
    } = [];

    /// <summary>True when the policy switches <paramref name="rule"/> off.</summary>
    /// <param name="rule">The rule.</param>
    public bool IsDisabled(RuleId rule) => DisabledRules.Contains(rule);

    /// <summary>The severity in force for a finding of <paramref name="rule"/> whose own severity is <paramref name="severity"/>.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="severity">The severity the rule chose.</param>
    public Severity SeverityFor(RuleId rule, Severity severity) => SeverityOverrides.TryGetValue(rule, out var overridden) ? overridden : severity;

    /// <summary>The member-notice days that apply to a meeting kind.</summary>
    /// <param name="democraticLife">True for a 民主生活会.</param>
    public int NoticeDaysFor(bool democraticLife) => democraticLife ? DemocraticLifeNoticeDays : MemberNoticeDays;

    /// <summary>The report days that apply to a meeting kind; null when the policy sets no report deadline for it.</summary>
    /// <param name="democraticLife">True for a 民主生活会.</param>
    public int? ReportDaysFor(bool democraticLife) => democraticLife ? DemocraticLifeReportDays : ReportDays;

    private static int Days(int value, string name) => Within(value, 0, MaxDays, name);

    private static int Within(int value, int least, int most, string name)
        => value < least || value > most ? throw new ArgumentOutOfRangeException(name, value, FormattableString.Invariant($"OrgLifePolicy.{name} must be from {least} to {most}; {value} is not.")) : value;
}
