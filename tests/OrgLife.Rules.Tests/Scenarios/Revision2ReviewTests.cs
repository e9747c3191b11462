using System.Collections.Immutable;
using NodaTime;
using OrgLife.Branches;
using OrgLife.Findings;
using OrgLife.Meetings;
using OrgLife.Preparation;
using OrgLife.Records;
using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Policies;
using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.Scenarios;

/// <summary>
/// An independent reading of RULES.md Revision 2 and its clarifications, bullet by bullet, each test built from the
/// source documents' own wording (quoted in the comments).
/// </summary>
public sealed class Revision2ReviewTests
{
    private static readonly LocalDate AfterTheMeeting = Sample.MeetingDate.PlusDays(30);

    private static BranchRecord WithMemberLists(ImmutableArray<Ids.MemberId>? lists, BranchKind kind = BranchKind.Village)
    {
        var branch = Sample.Branch(6, kind: kind);
        return PreparationSamples.Record(branch, PreparationSamples.Compliant(branch) with { MemberProblemLists = lists });
    }

    // District-2017 附件2 三 "每名党员都要…列出问题清单": the written-material rule is on under its preset.
    [Fact]
    public void District_2017_a_member_who_did_not_list_their_problems_is_an_error_named_by_name()
    {
        var result = WithMemberLists([.. Enumerable.Range(1, 5).Select(Sample.Id)]).Validate(PolicyPresets.District2017, AfterTheMeeting).Result("OL109");
        Assert.Equal(RuleOutcome.Violated, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("OL109.MemberList.Missing", Severity.Error, "m06"), (finding.MessageKey, finding.Severity, finding.Subject.Id));
        Assert.Equal("Member 6 did not list their own problems before the meeting.", finding.Message);
    }

    // City-2019 四.5 and Village-2019 三(一) "不要求党员撰写个人发言材料": never flagged, even when recorded as none; the national default likewise.
    [Theory]
    [InlineData("national")]
    [InlineData("city-2019")]
    [InlineData("village-2019")]
    [InlineData("municipal-2016")]
    [InlineData("collection")]
    public void Where_the_document_asks_no_written_material_members_without_problem_lists_pass(string preset)
    {
        var policy = PolicyPresets.ByName(preset);
        Assert.False(policy.MemberProblemListsRequired);
        Assert.Equal(RuleOutcome.Passed, WithMemberLists([]).Validate(policy, AfterTheMeeting).Result("OL109").Outcome);
        Assert.Equal(RuleOutcome.Passed, WithMemberLists(null).Validate(policy, AfterTheMeeting).Result("OL109").Outcome);
    }

    // Clarifications, "Absent, recorded as not done, violated": not recorded → not evaluated; before the meeting → due (Info).
    [Fact]
    public void District_2017_members_lists_not_recorded_are_not_evaluated_and_before_the_meeting_only_due()
    {
        var absent = WithMemberLists(null).Validate(PolicyPresets.District2017, AfterTheMeeting).Result("OL109");
        Assert.Equal(RuleOutcome.NotEvaluated, absent.Outcome);
        Assert.Equal(["preparation.memberProblemLists"], absent.MissingData.ToArray());

        var early = WithMemberLists([]).Validate(PolicyPresets.District2017, Sample.MeetingDate.PlusDays(-1)).Result("OL109");
        Assert.Equal(RuleOutcome.Passed, early.Outcome);
        Assert.All(early.Findings, f => Assert.Equal((Severity.Info, "OL109.MemberList.Pending"), (f.Severity, f.MessageKey)));
        Assert.Equal(6, early.Findings.Length);
    }

    // A violation proven from recorded data is reported even when other data of the same rule is missing.
    [Fact]
    public void A_missing_member_list_is_reported_even_when_the_committee_list_is_not_recorded()
    {
        var branch = Sample.Branch(3);
        var record = PreparationSamples.Record(branch, new PreparationRecord { MemberProblemLists = [Sample.Id(1), Sample.Id(2)] });
        var result = record.Validate(PolicyPresets.District2017, AfterTheMeeting).Result("OL109");
        Assert.Equal(RuleOutcome.Violated, result.Outcome);
        Assert.Equal("m03", Assert.Single(result.Findings).Subject.Id);
    }

    // Clarifications, "Simplified procedure": OL204, OL205, OL209 and the written-material rule relax to Info; quorum, grading never.
    [Fact]
    public void The_simplified_procedure_relaxes_the_written_material_to_information_but_never_quorum_or_grading()
    {
        Assert.Equal(["OL109", "OL204", "OL205", "OL209"], PolicyPresets.National.SimplifiedProcedureRules.Select(r => r.Value).Order().ToArray());
        Assert.Throws<ArgumentException>(() => PolicyPresets.City2019 with { SimplifiedProcedureRules = [new RuleId("OL201")] });
        Assert.Throws<ArgumentException>(() => PolicyPresets.City2019 with { SimplifiedProcedureRules = [new RuleId("OL202")] });
        Assert.Throws<ArgumentException>(() => PolicyPresets.City2019 with { SimplifiedProcedureRules = [new RuleId("OL304")] });
        Assert.Throws<ArgumentException>(() => PolicyPresets.City2019 with { SimplifiedProcedureRules = [new RuleId("OL405")] });

        var simplified = PolicyPresets.District2017 with { SimplifiedProcedureBranchKinds = [BranchKind.Retirees] };
        var relaxed = WithMemberLists([], BranchKind.Retirees).Validate(simplified, AfterTheMeeting).Result("OL109");
        Assert.All(relaxed.Findings, f => Assert.Equal(Severity.Info, f.Severity));
        Assert.NotEmpty(relaxed.Findings);

        // City-2019 四.4 lets a 离退休 branch use "简便灵活的方式"; half or more must still attend (支部工作条例 第十一条).
        var branch = Sample.Branch(10, kind: BranchKind.Retirees);
        var quorum = MeetingSamples.Record(branch, Sample.Meeting() with { Attendance = Sample.Attendance(branch, 4) }).Validate(PolicyPresets.City2019).Result("OL201");
        Assert.Equal(Severity.Error, Assert.Single(quorum.Findings).Severity);
    }

    // "民主生活会 participants": 列席 attendees do not count toward OL201's two thirds of the 班子成员; the message says 应到会班子成员.
    [Fact]
    public void Democratic_life_quorum_counts_two_thirds_of_the_team_and_never_those_sitting_in()
    {
        var branch = Sample.Branch(8);
        ImmutableArray<AttendanceEntry> Attendance(int teamPresent) =>
        [
            .. branch.Members.Take(6).Select((m, i) => new AttendanceEntry { MemberId = m.Id, Present = i < teamPresent }),
            .. branch.Members.Skip(6).Select(m => new AttendanceEntry { MemberId = m.Id, Present = true, SitsIn = true }),
        ];
        BranchRecord Record(int teamPresent) => MeetingSamples.Record(branch, Sample.Meeting(MeetingKind.DemocraticLife) with { Attendance = Attendance(teamPresent) });

        Assert.Equal(RuleOutcome.Passed, Record(4).Validate().Result("OL201").Outcome);
        var short1 = Record(3).Validate(culture: Sample.Chinese).Result("OL201");
        Assert.Equal(RuleOutcome.Violated, short1.Outcome);
        var finding = Assert.Single(short1.Findings);
        Assert.Equal(("OL201.TeamViolated", "6", "3", "4"), (finding.MessageKey, finding.Arguments["due"], finding.Arguments["present"], finding.Arguments["required"]));
        Assert.Contains("应到会班子成员", finding.Message, StringComparison.Ordinal);
    }

    // Clarifications, "Severity follows the words": OL210 Info at a 组织生活会 (Collection "可以提交书面发言"), Error at a 民主生活会 (District-2017 "应当").
    [Theory]
    [InlineData(MeetingKind.OrganizationalLife, Severity.Info)]
    [InlineData(MeetingKind.DemocraticLife, Severity.Error)]
    public void An_absentee_without_a_written_statement_weighs_by_the_words_of_the_meeting_kind(MeetingKind kind, Severity expected)
    {
        var branch = Sample.Branch(6);
        var attendance = Sample.Attendance(branch, 6).SetItem(5, new AttendanceEntry { MemberId = Sample.Id(6), Present = false, LeaveRequestedInAdvance = true, WrittenStatementEntered = false });
        var result = MeetingSamples.Record(branch, Sample.Meeting(kind) with { Attendance = attendance }).Validate().Result("OL210");
        var finding = Assert.Single(result.Findings);
        Assert.Equal((expected, "Member 6"), (finding.Severity, finding.Arguments["member"]));
    }

    // Clarifications, "Severity follows the words": each default severity as the sentence it rests on says.
    [Theory]
    [InlineData("OL215", Severity.Error)] // City-2019 四.2 "要以普通党员身份参加"; Village-2019 "必须"
    [InlineData("OL503", Severity.Error)] // Municipal-2016 二.6 "整改内容和完成情况要在一定范围公示"
    [InlineData("OL110", Severity.Error)] // District-2017 附件1 一.6 "应当自己动手撰写"
    [InlineData("OL111", Severity.Error)] // 附件1 一.4 "应如实向领导班子及其成员反馈"
    [InlineData("OL312", Severity.Error)] // Municipal-2016 三.2 "要责令重新进行"
    [InlineData("OL510", Severity.Error)] // 附件1 三.3 "应当向下级党组织或者本单位通报"
    [InlineData("OL511", Severity.Warning)]
    [InlineData("OL303", Severity.Warning)] // Village-2019 二.5 "一般不超过三分之一"
    [InlineData("OL208", Severity.Warning)] // Village-2019 三(二) "不宜在网上进行"
    [InlineData("OL209", Severity.Warning)] // Collection 第三篇 第六步 "原则上不少于半天"
    [InlineData("OL109", Severity.Error)] // District-2017 附件2 三 "每名党员都要…列出问题清单"
    public void Default_severities_follow_the_words_of_the_sources(string rule, Severity expected)
        => Assert.Equal(expected, RuleCatalogue.Default.Descriptors.Single(d => d.Id.Value == rule).DefaultSeverity);

    // "Messages": numbers agree ("1 other participant"), members by name.
    [Fact]
    public void A_single_silent_critic_is_one_other_participant_named_by_name()
    {
        var branch = Sample.Branch(4);
        var remarks = MeetingSamples.FullCriticism([.. Enumerable.Range(1, 4).Select(Sample.Id)])
            .RemoveAll(r => r.FromMemberId == Sample.Id(2) && r.ToMemberId == Sample.Id(3));
        var result = MeetingSamples.Record(branch, Sample.Meeting() with { Attendance = Sample.Attendance(branch, 4), Remarks = remarks }).Validate().Result("OL206");
        Assert.Equal("Member 3 received no criticism from 1 other participant: Member 2.", Assert.Single(result.Findings).Message);
    }

    // "Messages": 将会议情况转告缺席人 (Collection 第一篇 3.2; District-2017 附件1 二.1).
    [Fact]
    public void An_absentee_not_briefed_is_reported_in_the_sources_words()
    {
        var branch = Sample.Branch(6);
        var attendance = Sample.Attendance(branch, 6).SetItem(5, new AttendanceEntry { MemberId = Sample.Id(6), Present = false, LeaveRequestedInAdvance = true, WrittenStatementEntered = true, BriefedAfterwards = false });
        var result = MeetingSamples.Record(branch, Sample.Meeting() with { Attendance = attendance }).Validate(asOf: AfterTheMeeting, culture: Sample.Chinese).Result("OL509");
        var finding = Assert.Single(result.Findings);
        Assert.Contains("将会议情况转告缺席人", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Member 6", finding.Message, StringComparison.Ordinal);
    }

    // "Notice days are minimums": "提前十天" — eleven days before is never late, nine is.
    [Theory]
    [InlineData(11, RuleOutcome.Passed)]
    [InlineData(10, RuleOutcome.Passed)]
    [InlineData(9, RuleOutcome.Violated)]
    public void Collection_notice_days_are_a_minimum(int daysBefore, RuleOutcome expected)
    {
        var branch = Sample.Branch(6);
        var record = PreparationSamples.Record(branch, PreparationSamples.Compliant(branch) with { MemberNotice = Occurrence.On(Sample.MeetingDate.PlusDays(-daysBefore)) });
        Assert.Equal(expected, record.Validate(PolicyPresets.Collection, AfterTheMeeting).Result("OL106").Outcome);
    }

    // "What each preset carries": the written-material knob is in the generated preset table with its sentence.
    [Fact]
    public void The_preset_table_shows_the_written_material_knob_with_each_documents_sentence()
    {
        PresetValue Row(OrgLifePolicy p) => PolicyPresets.Describe(p).Single(v => v.Knob.StartsWith("MemberProblemListsRequired", StringComparison.Ordinal));
        Assert.Contains("每名党员都要", Row(PolicyPresets.District2017).Source.Quote, StringComparison.Ordinal);
        Assert.False(Row(PolicyPresets.District2017).Inherited);
        Assert.Equal("不要求党员撰写个人发言材料", Row(PolicyPresets.City2019).Source.Quote);
        Assert.Equal("不要求党员撰写个人发言材料", Row(PolicyPresets.Village2019).Source.Quote);
        Assert.True(Row(PolicyPresets.Collection).Inherited);
    }

    // "What each preset carries", Municipal-2016 二.5 "不下指标、不定比例": no Excellent cap and no finding about it, not even Info.
    [Fact]
    public void Municipal_2016_makes_no_finding_at_all_about_a_share_of_excellent()
    {
        var record = SourceDocumentScenarioTests.Exemplary();
        var determinations = record.Evaluation!.Determinations!.Value
            .Select((d, i) => i < 15 ? EvaluationSamples.Determined(d.MemberId, Grades.Grade.Excellent) : d).ToImmutableArray();
        record = record with { Evaluation = record.Evaluation with { Determinations = determinations, AssessmentResults = null } };
        var result = record.Validate(PolicyPresets.Municipal2016, AfterTheMeeting).Result("OL303");
        Assert.Empty(result.Findings);
        Assert.NotEqual(RuleOutcome.Violated, result.Outcome);
    }

    // Municipal-2016 二.5 "按照'优秀''合格''基本合格''不合格'四种等次…投票测评": a 好/一般/差 ballot is an error there, not nationally.
    [Fact]
    public void Municipal_2016_ballots_use_the_four_grades_only()
    {
        var record = SourceDocumentScenarioTests.Exemplary();
        record = record with { Evaluation = record.Evaluation! with { BallotScale = Grades.AssessmentScale.GoodFairPoor } };
        Assert.Equal(RuleOutcome.Violated, record.Validate(PolicyPresets.Municipal2016, AfterTheMeeting).Result("OL311").Outcome);
        Assert.NotEqual(RuleOutcome.Violated, record.Validate(PolicyPresets.Collection, AfterTheMeeting).Result("OL311").Outcome);
    }

    // Clarifications, "The national default": no report deadline after a 组织生活会 (City-2019 and Village-2019 ask for none);
    // a 民主生活会 report within 15 days (District-2017 附件1 三.2 "民主生活会结束后15日内").
    [Fact]
    public void Nationally_an_organizational_life_meeting_has_no_report_deadline_and_a_democratic_life_meeting_fifteen_days()
    {
        var branch = Sample.Branch(6);
        var late = new FollowUp.FollowUpRecord { ReportSubmitted = Occurrence.On(Sample.MeetingDate.PlusDays(16)) };
        var organizational = new BranchRecord { Branch = branch, Meeting = Sample.Meeting(), FollowUp = late }.Validate(asOf: AfterTheMeeting).Result("OL501");
        Assert.Equal(RuleOutcome.NotApplicable, organizational.Outcome);
        var democratic = new BranchRecord { Branch = branch, Meeting = Sample.Meeting(MeetingKind.DemocraticLife), FollowUp = late }.Validate(asOf: AfterTheMeeting).Result("OL501");
        Assert.Equal(RuleOutcome.Violated, democratic.Outcome);
    }

    // Clarifications, "Forms and split": "20人以上" counts every member on the roster, probationary members included (党员人数).
    [Theory]
    [InlineData(18, 2, RuleOutcome.Passed)]
    [InlineData(18, 1, RuleOutcome.Violated)]
    public void District_2017_twenty_members_include_probationary_members(int full, int probationary, RuleOutcome expected)
    {
        var branch = Sample.Branch(full, probationary);
        var half = branch.Members.Length / 2;
        var groups = ImmutableArray.Create(
            new PartyGroup(new Ids.PartyGroupId("g1"), "第一党小组", [.. branch.Members.Take(half).Select(m => m.Id)], branch.Members[0].Id),
            new PartyGroup(new Ids.PartyGroupId("g2"), "第二党小组", [.. branch.Members.Skip(half).Select(m => m.Id)], branch.Members[half].Id));
        branch = new Branch(branch.Id, branch.Name, branch.Kind, branch.HasCommittee, branch.Members, groups);
        var record = MeetingSamples.Record(branch, m => m with { Form = MeetingForm.PartyGroupMeetings, EvaluationSplitIntoPartyGroups = true });
        Assert.Equal(expected, record.Validate(PolicyPresets.District2017).Result("OL212").Outcome);
    }

    // Clarifications, "The national default": no size threshold for 党小组 (City-2019 offers the form at any size): OL212 only informs.
    [Fact]
    public void Nationally_a_small_branch_holding_party_groups_gets_no_error()
    {
        var branch = FormSamples.WithTwoGroups(Sample.Branch(8));
        var record = MeetingSamples.Record(branch, m => m with { Form = MeetingForm.PartyGroupMeetings, EvaluationSplitIntoPartyGroups = true });
        Assert.DoesNotContain(record.Validate(PolicyPresets.National).Result("OL212").Findings, f => f.Severity >= Severity.Warning);
        Assert.DoesNotContain(record.Validate(PolicyPresets.City2019).Result("OL212").Findings, f => f.Severity >= Severity.Warning);
    }

    // "Messages": a party group is named by its name (its ID in the subject), as members are.
    [Fact]
    public void An_empty_party_group_is_named_by_its_name()
    {
        var plain = Sample.Branch(20);
        ImmutableArray<PartyGroup> groups =
        [
            new(new Ids.PartyGroupId("g1"), "第一党小组", [.. plain.Members.Take(10).Select(m => m.Id)], plain.Members[0].Id),
            new(new Ids.PartyGroupId("g2"), "第二党小组", [.. plain.Members.Skip(10).Select(m => m.Id)], plain.Members[10].Id),
        ];
        var branch = new Branch(plain.Id, plain.Name, plain.Kind, plain.HasCommittee, plain.Members, groups);
        var attendance = Sample.Attendance(branch, 10);
        var record = MeetingSamples.Record(branch, m => m with { Form = MeetingForm.PartyGroupMeetings, EvaluationSplitIntoPartyGroups = true, Attendance = attendance });
        var finding = Assert.Single(record.Validate().Result("OL213").Findings, f => f.MessageKey == "OL213.EmptyGroup");
        Assert.Equal(("g2", "Party group 第二党小组 has no participant."), (finding.Subject.Id, finding.Message));
    }

    // "Deadlines and not recorded": a notice recorded as not given is due (Info) on its last possible day and violated the day after;
    // the message says 最迟于 {date}（含当日）and "1 day" agrees in number (City-2019 一(四) "会前1-2天通知党员参加会议").
    [Fact]
    public void A_notice_not_given_is_due_on_its_last_day_and_violated_the_day_after()
    {
        var branch = Sample.Branch(6);
        var record = PreparationSamples.Record(branch, PreparationSamples.Compliant(branch) with { MemberNotice = Occurrence.NotDone });
        var lastDay = record.Validate(PolicyPresets.City2019, Sample.MeetingDate.PlusDays(-1), Sample.Chinese).Result("OL106");
        Assert.Equal((RuleOutcome.Passed, Severity.Info), (lastDay.Outcome, Assert.Single(lastDay.Findings).Severity));
        Assert.Contains("最迟于 2026-12-14（含当日", lastDay.Findings[0].Message, StringComparison.Ordinal);

        var dayAfter = record.Validate(PolicyPresets.City2019, Sample.MeetingDate).Result("OL106");
        Assert.Equal((RuleOutcome.Violated, Severity.Error), (dayAfter.Outcome, Assert.Single(dayAfter.Findings).Severity));
        Assert.Contains("1 day before", dayAfter.Findings[0].Message, StringComparison.Ordinal);
    }

    // "Deadlines and not recorded", OL105 (Village-2019 二.2 "对流动党员…要重点谈"): circumstances never recorded are not "none".
    [Fact]
    public void A_member_whose_circumstances_were_never_recorded_makes_the_priority_talks_not_evaluated()
    {
        var plain = Sample.Branch(6);
        var branch = plain.WithMembers(plain.Members.Select((m, i) => i == 5 ? m with { Circumstances = null } : m));
        var result = PreparationSamples.Record(branch, PreparationSamples.Compliant(branch)).Validate(asOf: AfterTheMeeting).Result("OL105");
        Assert.Equal(RuleOutcome.NotEvaluated, result.Outcome);
    }

    // "Ballots" and "Messages": the tally's OL401–OL405 are in the catalogue, and every rule has a Chinese one-line summary.
    [Fact]
    public void The_catalogue_lists_the_tally_rules_and_every_rule_has_a_chinese_summary()
    {
        var ids = RuleCatalogue.Default.Descriptors.Select(d => d.Id.Value).ToHashSet();
        Assert.Superset(new HashSet<string> { "OL401", "OL402", "OL403", "OL404", "OL405", "OL110", "OL111", "OL312", "OL510", "OL511" }, ids);
        Assert.All(RuleCatalogue.Default.Descriptors, d => Assert.False(string.IsNullOrWhiteSpace(d.ChineseSummary), d.Id.Value));
    }
}
