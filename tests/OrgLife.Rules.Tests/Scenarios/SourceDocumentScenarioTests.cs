using System.Collections.Immutable;
using NodaTime;
using OrgLife.Branches;
using OrgLife.Findings;
using OrgLife.FollowUp;
using OrgLife.Grades;
using OrgLife.Meetings;
using OrgLife.Members;
using OrgLife.Records;
using OrgLife.Rules.Policies;
using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.Scenarios;

/// <summary>
/// Whole-record scenarios drawn from the five source documents: a branch that does everything right,
/// then the departures each document names, under that document's preset.
/// </summary>
public sealed class SourceDocumentScenarioTests
{
    private static readonly LocalDate AsOf = new(2027, 12, 15);

    /// <summary>A 22-member village branch (19 full, 3 probationary) that did everything the rules ask, meeting on 2026-12-15.</summary>
    internal static BranchRecord Exemplary(BranchKind kind = BranchKind.Village)
    {
        var branch = Sample.Branch(19, probationary: 3, kind: kind);
        var meetingDate = Sample.MeetingDate;
        var progress = ImmutableArray.Create(meetingDate.PlusMonths(5), meetingDate.PlusMonths(11));
        var commitments = branch.Members.SelectMany(m => Enumerable.Range(1, 4).Select(q => new MemberCommitmentReport(m.Id, meetingDate.PlusMonths(3 * q).PlusDays(-5))));
        return new BranchRecord
        {
            Branch = branch,
            Preparation = PreparationSamples.Compliant(branch),
            Meeting = MeetingSamples.Compliant(branch),
            Evaluation = EvaluationSamples.Complete(branch),
            FollowUp = new FollowUpRecord
            {
                ReportSubmitted = Occurrence.On(meetingDate.PlusDays(7)),
                RectificationItems = [FollowUpSamples.Item("1", meetingDate.PlusMonths(3)), FollowUpSamples.Item("2", meetingDate.PlusMonths(6))],
                RectificationPublicized = Occurrence.On(meetingDate.PlusDays(10)),
                CompletionPublicized = Occurrence.On(meetingDate.PlusMonths(6).PlusDays(3)),
                MeetingBriefed = Occurrence.On(meetingDate.PlusDays(5)),
                RecordsArchived = Occurrence.On(meetingDate.PlusDays(12)),
                BranchProgressReports = progress,
                MemberCommitmentReports = [.. commitments],
                ProblemListFiled = Occurrence.On(meetingDate.PlusDays(7)),
                RectificationListFiled = Occurrence.On(meetingDate.PlusDays(7)),
                EvaluationResultsFiled = Occurrence.On(meetingDate.PlusDays(7)),
            },
            EarlierMeetingDates = [meetingDate.PlusYears(-1), meetingDate.PlusMonths(-6)],
        };
    }

    private static ValidationReport Validate(BranchRecord record, OrgLifePolicy policy) => record.Validate(policy, AsOf);

    private static RuleOutcome Outcome(BranchRecord record, OrgLifePolicy policy, string rule) => Validate(record, policy).Result(rule).Outcome;

    [Fact]
    public void A_branch_that_did_everything_right_has_no_error_and_no_warning_under_any_preset()
    {
        foreach (var policy in PolicyPresets.All)
        {
            // Half a year on: the Collection preset's half-yearly meeting is due that very day, so nothing is late yet.
            // The agenda each preset's document lists for the form (OL204).
            var record = Exemplary();
            record = record with { Meeting = record.Meeting! with { Agenda = MeetingSamples.Agenda(policy.Agendas.For(record.Meeting.Kind, record.Meeting.Form!.Value)) } };
            var report = record.Validate(policy with { CampaignDeadline = null }, Sample.MeetingDate.PlusMonths(6));
            Assert.True(
                !report.HasErrors && !report.HasWarnings,
                $"{policy.Name}: " + string.Join("\n", report.FindingsAtLeast(Severity.Warning)));
            Assert.Empty(report.ResultsWith(RuleOutcome.NotEvaluated));
        }
    }

    [Fact]
    public void Village_2019_a_graded_probationary_member_an_online_meeting_and_too_many_excellent_are_flagged()
    {
        var record = Exemplary();
        var probationary = record.Branch!.Members.First(m => m.Status == MembershipStatus.Probationary).Id;
        var determinations = record.Evaluation!.Determinations!.Value
            .Select((d, i) => d.MemberId == probationary ? EvaluationSamples.Determined(d.MemberId, Grade.Qualified)
                : i < 7 ? EvaluationSamples.Determined(d.MemberId, Grade.Excellent) : d)
            .ToImmutableArray();
        record = record with
        {
            Meeting = record.Meeting! with { IsOnline = true },
            Evaluation = record.Evaluation with
            {
                Determinations = determinations,
                AssessmentResults = [.. determinations.Where(d => d.Grade is not null).Select(d => new Evaluation.AssessmentResult { MemberId = d.MemberId, LeadingGrade = d.Grade })],
            },
        };

        var report = Validate(record, PolicyPresets.Village2019 with { CampaignDeadline = null });

        Assert.Equal(RuleOutcome.Violated, report.Result("OL302").Outcome);
        Assert.Equal(Severity.Error, report.Result("OL302").HighestSeverity);
        Assert.Equal(RuleOutcome.Violated, report.Result("OL208").Outcome);
        Assert.Equal(Severity.Warning, report.Result("OL208").HighestSeverity);

        // 7 Excellent of 19 graded: 3 × 7 = 21 > 19.
        Assert.Equal(Severity.Warning, report.Result("OL303").HighestSeverity);
    }

    [Fact]
    public void Village_2019_six_excellent_of_nineteen_is_within_the_third_and_seven_is_not()
    {
        BranchRecord WithExcellent(int count)
        {
            var record = Exemplary();
            var determinations = record.Evaluation!.Determinations!.Value
                .Select((d, i) => i < count ? EvaluationSamples.Determined(d.MemberId, Grade.Excellent) : d).ToImmutableArray();
            return record with { Evaluation = record.Evaluation with { Determinations = determinations, AssessmentResults = null } };
        }

        Assert.Equal(RuleOutcome.Passed, Outcome(WithExcellent(6), PolicyPresets.Village2019, "OL303"));
        Assert.Equal(RuleOutcome.Violated, Outcome(WithExcellent(7), PolicyPresets.Village2019, "OL303"));
    }

    [Fact]
    public void Village_2019_work_finished_after_the_20th_of_March_misses_the_campaign_deadline()
    {
        var shifted = Exemplary() with { Meeting = MeetingSamples.Compliant(Sample.Branch(19, probationary: 3)) with { Date = new LocalDate(2019, 3, 21) } };
        Assert.Equal(RuleOutcome.Violated, Outcome(shifted, PolicyPresets.Village2019, "OL507"));

        var onTime = shifted with { Meeting = shifted.Meeting! with { Date = new LocalDate(2019, 3, 20) }, Evaluation = shifted.Evaluation! with { Steps = null } };
        Assert.Equal(RuleOutcome.Passed, Outcome(onTime, PolicyPresets.Village2019, "OL507"));
    }

    [Fact]
    public void Municipal_2016_sets_no_quota_so_half_excellent_is_no_warning()
    {
        var record = Exemplary();
        var determinations = record.Evaluation!.Determinations!.Value
            .Select((d, i) => i < 10 ? EvaluationSamples.Determined(d.MemberId, Grade.Excellent) : d).ToImmutableArray();
        record = record with { Evaluation = record.Evaluation with { Determinations = determinations, AssessmentResults = null } };

        var result = Validate(record, PolicyPresets.Municipal2016).Result("OL303");
        Assert.NotEqual(RuleOutcome.Violated, result.Outcome);
        Assert.DoesNotContain(result.Findings, f => f.Severity >= Severity.Warning);
        Assert.Equal(RuleOutcome.Violated, Outcome(record, PolicyPresets.National, "OL303"));
    }

    [Fact]
    public void Municipal_2016_a_determination_against_the_ballots_needs_a_recorded_reason()
    {
        var record = Exemplary();
        var first = record.Evaluation!.Determinations!.Value[1];
        var determinations = record.Evaluation.Determinations.Value.SetItem(1, EvaluationSamples.Determined(first.MemberId, Grade.BasicallyQualified));
        record = record with { Evaluation = record.Evaluation with { Determinations = determinations } };
        Assert.Equal(RuleOutcome.Violated, Outcome(record, PolicyPresets.Municipal2016, "OL305"));

        var reasoned = determinations.SetItem(1, determinations[1] with { Reason = "日常表现：长期不参加组织生活" });
        record = record with { Evaluation = record.Evaluation with { Determinations = reasoned } };
        Assert.Equal(RuleOutcome.Passed, Outcome(record, PolicyPresets.Municipal2016, "OL305"));
    }

    [Fact]
    public void District_2017_a_democratic_life_plan_15_days_ahead_is_on_time_and_14_days_is_late()
    {
        var record = Exemplary();
        record = record with { Meeting = record.Meeting! with { Kind = MeetingKind.DemocraticLife, Form = null } };
        BranchRecord PlanDaysBefore(int days) => record with { Preparation = record.Preparation! with { PlanSubmitted = Occurrence.On(Sample.MeetingDate.PlusDays(-days)) } };

        Assert.Equal(RuleOutcome.Passed, Outcome(PlanDaysBefore(15), PolicyPresets.District2017, "OL108"));
        Assert.Equal(RuleOutcome.Violated, Outcome(PlanDaysBefore(14), PolicyPresets.District2017, "OL108"));
    }

    [Fact]
    public void District_2017_a_democratic_life_report_on_day_15_is_on_time_and_day_16_is_late()
    {
        var record = Exemplary();
        record = record with { Meeting = record.Meeting! with { Kind = MeetingKind.DemocraticLife, Form = null } };
        BranchRecord ReportOnDay(int day) => record with { FollowUp = record.FollowUp! with { ReportSubmitted = Occurrence.On(Sample.MeetingDate.PlusDays(day)) } };

        Assert.Equal(RuleOutcome.Passed, Outcome(ReportOnDay(15), PolicyPresets.District2017, "OL501"));
        Assert.Equal(RuleOutcome.Violated, Outcome(ReportOnDay(16), PolicyPresets.District2017, "OL501"));
    }

    [Theory]
    [InlineData(19, RuleOutcome.Violated)]
    [InlineData(20, RuleOutcome.Passed)]
    [InlineData(21, RuleOutcome.Passed)]
    public void District_2017_only_a_branch_of_20_or_more_may_split_into_party_groups(int size, RuleOutcome expected)
    {
        var branch = Sample.Branch(size);
        var half = branch.Members.Length / 2;
        var groups = ImmutableArray.Create(
            new PartyGroup(new Ids.PartyGroupId("g1"), "第一党小组", [.. branch.Members.Take(half).Select(m => m.Id)], branch.Members[0].Id),
            new PartyGroup(new Ids.PartyGroupId("g2"), "第二党小组", [.. branch.Members.Skip(half).Select(m => m.Id)], branch.Members[half].Id));
        branch = new Branch(branch.Id, branch.Name, branch.Kind, branch.HasCommittee, branch.Members, groups);
        var record = MeetingSamples.Record(branch, m => m with { Form = MeetingForm.PartyGroupMeetings, EvaluationSplitIntoPartyGroups = true });

        Assert.Equal(expected, Outcome(record, PolicyPresets.District2017, "OL212"));
        Assert.Equal(RuleOutcome.Passed, Outcome(record, PolicyPresets.District2017, "OL213"));
    }

    [Fact]
    public void Collection_a_notice_nine_days_ahead_is_late_under_its_ten_days_but_fine_nationally()
    {
        var record = Exemplary();
        record = record with { Preparation = record.Preparation! with { MemberNotice = Occurrence.On(Sample.MeetingDate.PlusDays(-9)) } };

        Assert.Equal(RuleOutcome.Violated, Outcome(record, PolicyPresets.Collection, "OL106"));
        Assert.Equal(RuleOutcome.Passed, Outcome(record, PolicyPresets.National, "OL106"));
    }

    [Fact]
    public void Collection_talks_held_by_a_committee_member_instead_of_the_secretary_do_not_count()
    {
        var record = Exemplary();
        var committeeMember = record.Branch!.Members.First(m => m.IsOnCommittee && !m.IsSecretary).Id;
        var ordinary = record.Branch.Members.Last().Id;
        var talks = record.Preparation!.Talks!.Value.Where(t => !t.Involves(ordinary)).Append(new Preparation.Talk(committeeMember, ordinary, Sample.MeetingDate.PlusDays(-3)));
        record = record with { Preparation = record.Preparation with { Talks = [.. talks] } };

        Assert.Equal(RuleOutcome.Violated, Outcome(record, PolicyPresets.Collection, "OL104"));
        Assert.Equal(RuleOutcome.Passed, Outcome(record, PolicyPresets.National, "OL104"));
    }

    [Fact]
    public void Collection_a_government_organ_thematic_meeting_needs_half_a_day()
    {
        var record = Exemplary(BranchKind.GovernmentOrgan);
        var start = Sample.MeetingDate.At(new LocalTime(8, 30));
        BranchRecord Lasting(Period length) => record with { Meeting = record.Meeting! with { IsThematic = true, Start = start, End = start + length } };

        Assert.Equal(RuleOutcome.Passed, Outcome(Lasting(Period.FromHours(4)), PolicyPresets.Collection, "OL209"));
        Assert.Equal(RuleOutcome.Violated, Outcome(Lasting(Period.FromHours(3) + Period.FromMinutes(59)), PolicyPresets.Collection, "OL209"));
    }

    [Fact]
    public void City_2019_every_participant_must_criticize_every_examinee_and_suggestions_do_not_count()
    {
        var record = Exemplary();
        var remarks = record.Meeting!.Remarks!.Value;
        var softened = remarks.SetItem(0, remarks[0] with { Kind = RemarkKind.WorkSuggestion });
        record = record with { Meeting = record.Meeting with { Remarks = softened } };

        var result = Validate(record, PolicyPresets.City2019).Result("OL206");
        Assert.Equal(RuleOutcome.Violated, result.Outcome);
        Assert.Equal(remarks[0].ToMemberId.Value, Assert.Single(result.Findings).Subject.Id);
    }

    [Fact]
    public void A_record_with_nothing_but_the_roster_is_never_reported_as_passing_a_rule_that_needs_more()
    {
        var report = Validate(new BranchRecord { Branch = Sample.Branch(22) }, PolicyPresets.National);

        Assert.False(report.HasErrors);
        Assert.All(report.ResultsWith(RuleOutcome.NotEvaluated), r => Assert.NotEmpty(r.MissingData));
        Assert.True(report.ResultsWith(RuleOutcome.NotEvaluated).Count() >= 40);
    }

    [Fact]
    public void City_2019_asks_for_no_report_so_a_branch_that_sends_none_has_no_error_while_the_collection_asks_for_one_within_ten_days()
    {
        // City-2019 四.5 "不要求党支部搞工作方案、报表台账、总结报告等材料"; Collection 第一篇 3.1 "会后十天内,要向上级党组织报送…".
        BranchRecord NoReportUnder(OrgLifePolicy policy)
        {
            var record = Exemplary();
            return record with
            {
                Meeting = record.Meeting! with { Agenda = MeetingSamples.Agenda(policy.Agendas.For(record.Meeting.Kind, record.Meeting.Form!.Value)) },
                FollowUp = record.FollowUp! with { ReportSubmitted = Occurrence.NotDone },
            };
        }

        var halfYearOn = Sample.MeetingDate.PlusMonths(6);
        Assert.False(NoReportUnder(PolicyPresets.City2019).Validate(PolicyPresets.City2019 with { CampaignDeadline = null }, halfYearOn).HasErrors);
        Assert.False(NoReportUnder(PolicyPresets.Village2019).Validate(PolicyPresets.Village2019 with { CampaignDeadline = null }, halfYearOn).HasErrors);
        Assert.Equal(RuleOutcome.Violated, NoReportUnder(PolicyPresets.Collection).Validate(PolicyPresets.Collection, halfYearOn).Result("OL501").Outcome);
    }

    [Fact]
    public void City_2019_the_2018_meeting_held_in_March_2019_counts_for_2018()
    {
        // "全市2018年度…组织生活会…要在2019年3月底前完成": a meeting on 2019-03-28 is the 2018 meeting.
        var record = Exemplary() with { Meeting = Exemplary().Meeting! with { Date = new LocalDate(2019, 3, 28) }, EarlierMeetingDates = [new LocalDate(2017, 12, 20)] };

        Assert.Equal(RuleOutcome.Passed, record.Validate(PolicyPresets.City2019, new LocalDate(2019, 6, 1)).Result("OL508").Outcome);
    }

    [Fact]
    public void District_2017_a_leading_cadre_who_attended_the_democratic_life_meeting_may_skip_the_whole_evaluation_but_not_under_the_collection()
    {
        // District-2017 附件2 五 "参加年度民主生活会的，可不参加民主评议党员"; Collection 第三篇 第六步 "可不参加民主测评" only.
        var record = Exemplary();
        var cadre = record.Branch!.Members[4];
        var branch = record.Branch.WithMembers(record.Branch.Members.Select(m => m.Id == cadre.Id ? m with { IsLeadingCadre = true, AttendedDemocraticLifeMeetingThisYear = true } : m));
        var evaluation = record.Evaluation! with
        {
            ExemptFromAssessment = [cadre.Id],
            Determinations = [.. record.Evaluation.Determinations!.Value.Where(d => d.MemberId != cadre.Id)],
            AssessmentResults = [.. record.Evaluation.AssessmentResults!.Value.Where(a => a.MemberId != cadre.Id)],
        };
        var exempt = record with { Branch = branch, Evaluation = evaluation };

        Assert.Equal(RuleOutcome.Passed, Outcome(exempt, PolicyPresets.District2017, "OL304"));
        Assert.Equal(RuleOutcome.Violated, Outcome(exempt, PolicyPresets.Collection, "OL304"));
    }

    [Fact]
    public void Municipal_2016_the_committee_rated_by_all_members_is_mandatory()
    {
        // Municipal-2016 二.5 "组织全体党员对党支部班子的工作、作风等进行评议".
        var unrated = Exemplary() with { Evaluation = Exemplary().Evaluation! with { CommitteeRated = Occurrence.NotDone } };

        Assert.Equal(Severity.Error, Validate(unrated, PolicyPresets.Municipal2016).Result("OL309").HighestSeverity);
        Assert.Equal(Severity.Warning, Validate(unrated, PolicyPresets.National).Result("OL309").HighestSeverity);
    }
}
