using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrgLife.Branches;
using OrgLife.Findings;
using OrgLife.Ids;
using OrgLife.Meetings;
using OrgLife.Members;
using OrgLife.Records;
using OrgLife.Rules.Policies;
using OrgLife.Rules.Tests.Support;

namespace OrgLife.Rules.Tests.MeetingRules;

/// <summary>RULES.md Revision 2 "Who takes part depends on the form": each form, each preset, each part.</summary>
public sealed class MeetingFormTests
{
    private static readonly string[] FormRules = ["OL201", "OL202", "OL203", "OL204", "OL205", "OL206", "OL212", "OL213", "OL214"];

    [Theory]
    [MemberData(nameof(PresetData.PresetsAndForms), MemberType = typeof(PresetData))]
    public void A_compliant_record_of_each_form_passes_every_form_rule_under_each_preset(string preset, MeetingForm form)
    {
        var policy = PolicyPresets.ByName(preset);
        var report = FormSamples.Record(form, policy).Validate(policy);
        foreach (var rule in FormRules)
        {
            var result = report.Result(rule);
            Assert.True(
                result.Outcome == RuleOutcome.Passed && result.Findings.All(f => f.Severity == Severity.Info),
                $"{preset} {form} {rule}: {result.Outcome} {string.Join("; ", result.Findings.Select(f => f.Message))}");
        }
    }

    [Fact]
    public void Committee_form_ordinary_members_are_not_critics_in_the_committee_part()
    {
        // An older record: one attendance list with everyone present, criticism among the committee only.
        var policy = PolicyPresets.City2019;
        var record = FormSamples.Record(MeetingForm.CommitteeMeeting, policy);
        record = record with { Meeting = record.Meeting! with { Parts = null } };
        Assert.Empty(record.Validate(policy).Result("OL206").Findings);
    }

    [Fact]
    public void Committee_form_a_committee_member_who_did_not_criticize_is_still_named()
    {
        var policy = PolicyPresets.City2019;
        var record = FormSamples.Record(MeetingForm.CommitteeMeeting, policy);
        var remarks = record.Meeting!.Remarks!.Value.RemoveAll(r => r.FromMemberId == Sample.Id(3) && r.ToMemberId == Sample.Id(1));
        record = record with { Meeting = record.Meeting with { Remarks = remarks } };
        var finding = record.Validate(policy).Result("OL206").Findings.Single();
        Assert.Equal(("m01", "Member 3"), (finding.Subject.Id, finding.Arguments["critics"]));
    }

    [Fact]
    public void Party_group_form_criticism_counts_within_each_examinees_group_only()
    {
        var policy = PolicyPresets.City2019;
        var record = FormSamples.Record(MeetingForm.PartyGroupMeetings, policy);
        Assert.Empty(record.Validate(policy).Result("OL206").Findings);

        // m12 (group g2) never criticized m02 (group g1): no matter. m03 (g1) never criticized m02: named.
        var remarks = record.Meeting!.Remarks!.Value.RemoveAll(r => r.FromMemberId == Sample.Id(3) && r.ToMemberId == Sample.Id(2));
        record = record with { Meeting = record.Meeting with { Remarks = remarks } };
        var finding = record.Validate(policy).Result("OL206").Findings.Single();
        Assert.Equal(("m02", "Member 3"), (finding.Subject.Id, finding.Arguments["critics"]));
    }

    [Fact]
    public void Party_group_form_a_member_absent_from_the_group_session_is_no_critic_there()
    {
        var policy = PolicyPresets.City2019;
        var record = FormSamples.Record(MeetingForm.PartyGroupMeetings, policy);
        var parts = record.Meeting!.Parts!.Value;
        var g1 = parts[1] with { Attendance = parts[1].Attendance!.Value.SetItem(4, new AttendanceEntry { MemberId = Sample.Id(5), Present = false, LeaveRequestedInAdvance = true }) };
        var remarks = record.Meeting.Remarks!.Value.RemoveAll(r => r.FromMemberId == Sample.Id(5) || r.ToMemberId == Sample.Id(5));
        record = record with { Meeting = record.Meeting with { Parts = parts.SetItem(1, g1), Remarks = remarks } };
        Assert.Empty(record.Validate(policy).Result("OL206").Findings);
    }

    [Fact]
    public void Quorum_counts_the_general_meeting_part_of_the_committee_form()
    {
        var record = FormSamples.Record(MeetingForm.CommitteeMeeting, PolicyPresets.National);
        var parts = record.Meeting!.Parts!.Value;
        var fewAtGeneral = parts[1] with { Attendance = [.. parts[1].Attendance!.Value.Select((e, i) => e with { Present = i < 9 })] };
        record = record with { Meeting = record.Meeting with { Parts = parts.SetItem(1, fewAtGeneral) } };
        var finding = record.Validate().Result("OL201").Findings.Single();
        Assert.Equal(("9", "20", "10"), (finding.Arguments["present"], finding.Arguments["due"], finding.Arguments["required"]));
        Assert.Equal("meeting.parts[1].attendance", finding.Subject.Path);
        Assert.Equal(RuleOutcome.Passed, record.Outcome("OL202"));
    }

    [Fact]
    public void Committee_quorum_counts_the_committee_part()
    {
        var record = FormSamples.Record(MeetingForm.CommitteeMeeting, PolicyPresets.National);
        var parts = record.Meeting!.Parts!.Value;
        var oneAtCommittee = parts[0] with { Attendance = [.. parts[0].Attendance!.Value.Select((e, i) => e with { Present = i == 0 })] };
        record = record with { Meeting = record.Meeting with { Parts = parts.SetItem(0, oneAtCommittee) } };
        Assert.Equal(["OL202.Violated"], record.Keys("OL202"));
        Assert.Equal(RuleOutcome.Passed, record.Outcome("OL201"));
    }

    [Fact]
    public void Party_group_form_quorum_counts_the_general_meeting_of_the_assessment()
    {
        var record = FormSamples.Record(MeetingForm.PartyGroupMeetings, PolicyPresets.National);
        var parts = record.Meeting!.Parts!.Value;
        var last = parts.Length - 1;
        var fewAtAssessment = parts[last] with { Attendance = [.. parts[last].Attendance!.Value.Select((e, i) => e with { Present = i < 5 })] };
        record = record with { Meeting = record.Meeting with { Parts = parts.SetItem(last, fewAtAssessment) } };
        Assert.Equal($"meeting.parts[{last}].attendance", record.Validate().Result("OL201").Findings.Single().Subject.Path);
    }

    [Fact]
    public void A_part_without_attendance_among_several_of_its_kind_is_not_guessed_from_the_single_list()
    {
        var record = FormSamples.Record(MeetingForm.PartyGroupMeetings, PolicyPresets.National);
        var parts = record.Meeting!.Parts!.Value;
        var last = parts.Length - 1;
        record = record with { Meeting = record.Meeting with { Parts = parts.SetItem(last, parts[last] with { Attendance = null }) } };
        record.AssertMissing("OL201", $"meeting.parts[{last}].attendance");
    }

    [Fact]
    public void The_only_part_of_its_kind_without_attendance_takes_the_single_list()
    {
        var record = FormSamples.Record(MeetingForm.CommitteeMeeting, PolicyPresets.National);
        var parts = record.Meeting!.Parts!.Value;
        record = record with { Meeting = record.Meeting with { Parts = [.. parts.Select(p => p with { Attendance = null })] } };
        Assert.Equal(RuleOutcome.Passed, record.Outcome("OL201"));
        Assert.Equal(RuleOutcome.Passed, record.Outcome("OL202"));
        Assert.Equal(RuleOutcome.Passed, record.Outcome("OL206"));
    }

    [Fact]
    public void Party_group_form_the_secretary_leads_the_opening_general_meeting_not_the_group_sessions()
    {
        var record = FormSamples.Record(MeetingForm.PartyGroupMeetings, PolicyPresets.National);

        // The group sessions run in parallel: an order that does not start with the secretary is no violation.
        record = record with { Meeting = record.Meeting! with { SelfExaminationOrder = [Sample.Id(12), Sample.Id(1)] } };
        Assert.Empty(record.Validate().Result("OL205").Findings);

        var parts = record.Meeting.Parts!.Value;
        var noSecretary = parts[0] with { Attendance = parts[0].Attendance!.Value.SetItem(0, new AttendanceEntry { MemberId = Sample.Id(1), Present = false }) };
        record = record with { Meeting = record.Meeting with { Parts = parts.SetItem(0, noSecretary) } };
        Assert.Equal(["OL205.NotAtOpeningReport"], record.Keys("OL205"));
    }

    [Fact]
    public void Party_group_form_without_the_split_flag_is_still_judged_as_a_split()
    {
        var record = FormSamples.Record(MeetingForm.PartyGroupMeetings, PolicyPresets.District2017);
        record = record with { Meeting = record.Meeting! with { EvaluationSplitIntoPartyGroups = null } };
        Assert.Equal(RuleOutcome.Passed, record.Outcome("OL212", PolicyPresets.District2017));
        Assert.Equal(RuleOutcome.Passed, record.Outcome("OL213", PolicyPresets.District2017));

        var small = new BranchRecord { Branch = Sample.Branch(10), Meeting = Sample.Meeting() with { Form = MeetingForm.PartyGroupMeetings } };
        Assert.Equal(["OL212.TooSmall"], small.Keys("OL212", PolicyPresets.District2017));
    }

    [Fact]
    public void A_session_of_a_group_the_branch_does_not_have_is_reported()
    {
        var record = FormSamples.Record(MeetingForm.PartyGroupMeetings, PolicyPresets.National);
        var parts = record.Meeting!.Parts!.Value;
        record = record with { Meeting = record.Meeting with { Parts = parts.Insert(1, new MeetingPart { Kind = MeetingPartKind.PartyGroup, PartyGroupId = new PartyGroupId("g9"), Attendance = [] }) } };
        var finding = record.Validate().Result("OL213").Findings.Single();
        Assert.Equal(("OL213.UnknownGroupSession", "g9", "meeting.parts[1]"), (finding.MessageKey, finding.Subject.Id, finding.Subject.Path));
    }

    [Fact]
    public void Members_taking_part_other_than_in_person_count_toward_quorum_only_where_the_policy_says_so()
    {
        var branch = Sample.Branch(10);
        var attendance = Sample.Attendance(branch, 4).Select((e, i) => i is 4 or 5 ? e with { ParticipatedBy = ParticipationMode.AtInflowOrganization } : e).ToImmutableArray();
        var record = MeetingSamples.Record(branch, Sample.Meeting() with { Attendance = attendance });
        Assert.Equal(RuleOutcome.Violated, record.Outcome("OL201"));
        Assert.Equal(RuleOutcome.Passed, record.Outcome("OL201", PolicyPresets.National with { ParticipationOtherThanInPersonCountsTowardQuorum = true }));
    }

    [Fact]
    public void A_democratic_life_meeting_counts_team_members_and_not_those_sitting_in()
    {
        var branch = Sample.Branch(6);
        ImmutableArray<AttendanceEntry> attendance =
        [
            .. Sample.Attendance(branch, 3),
            new AttendanceEntry { MemberId = new MemberId("guest1"), Present = true, SitsIn = true },
            new AttendanceEntry { MemberId = new MemberId("guest2"), Present = true, SitsIn = true },
        ];
        var record = MeetingSamples.Record(branch, Sample.Meeting(MeetingKind.DemocraticLife) with { Attendance = attendance });
        var finding = record.Validate(culture: Sample.Chinese).Result("OL201").Findings.Single();
        Assert.Equal("应到会班子成员 6 人，实到 3 人，至少需要 4 人。", finding.Message);
    }

    [Fact]
    public void A_team_member_marked_as_sitting_in_is_neither_due_nor_present()
    {
        var branch = Sample.Branch(4);
        var attendance = Sample.Attendance(branch, 4).SetItem(3, new AttendanceEntry { MemberId = Sample.Id(4), Present = true, SitsIn = true });
        attendance = attendance.SetItem(1, attendance[1] with { Present = false }).SetItem(2, attendance[2] with { Present = false });
        var record = MeetingSamples.Record(branch, Sample.Meeting(MeetingKind.DemocraticLife) with { Attendance = attendance });
        var finding = record.Validate().Result("OL201").Findings.Single();
        Assert.Equal(("1", "3", "2"), (finding.Arguments["present"], finding.Arguments["due"], finding.Arguments["required"]));
    }

    [Fact]
    public void At_a_democratic_life_meeting_those_sitting_in_may_criticize_but_are_neither_due_to_nor_examined()
    {
        var branch = Sample.Branch(3);
        var guest = new MemberId("guest");
        ImmutableArray<AttendanceEntry> attendance = [.. Sample.Attendance(branch, 3), new AttendanceEntry { MemberId = guest, Present = true, SitsIn = true }];
        var team = branch.Members.Select(m => m.Id).ToList();
        var record = MeetingSamples.Record(branch, Sample.Meeting(MeetingKind.DemocraticLife) with
        {
            Attendance = attendance,
            Remarks = [.. MeetingSamples.FullCriticism(team), new Remark { FromMemberId = guest, ToMemberId = Sample.Id(1), Kind = RemarkKind.Criticism }],
        });
        Assert.Empty(record.Validate().Result("OL206").Findings);
        Assert.Empty(record.Validate().Result("OL210").Findings);
    }

    [Fact]
    public void With_only_parts_recorded_absentees_are_those_of_the_general_meeting_part()
    {
        var record = FormSamples.Record(MeetingForm.CommitteeMeeting, PolicyPresets.National);
        var parts = record.Meeting!.Parts!.Value;
        var general = parts[1] with { Attendance = parts[1].Attendance!.Value.SetItem(5, new AttendanceEntry { MemberId = Sample.Id(6), Present = false, LeaveRequestedInAdvance = false, WrittenStatementEntered = true, BriefedAfterwards = false }) };
        record = record with { Meeting = record.Meeting with { Attendance = null, Parts = parts.SetItem(1, general) } };
        var leave = record.Validate().Result("OL210").Findings.Single();
        Assert.Equal(("OL210.NoLeave", "meeting.parts[1].attendance[5]"), (leave.MessageKey, leave.Subject.Path));
        Assert.Equal(["OL509.NotBriefed"], record.Keys("OL509"));
    }

    [Fact]
    public void Under_the_simplified_procedure_agenda_and_order_findings_relax_to_information_and_quorum_does_not()
    {
        var policy = PolicyPresets.City2019;
        var record = FormSamples.Record(MeetingForm.GeneralMeeting, policy, BranchKind.Retirees);
        record = record with
        {
            Meeting = record.Meeting! with
            {
                Agenda = record.Meeting.Agenda!.Value.RemoveAt(0),
                SelfExaminationOrder = [Sample.Id(2), Sample.Id(1)],
                Attendance = Sample.Attendance(record.Branch!, 5),
            },
        };
        var report = record.Validate(policy);
        Assert.All(report.Result("OL204").Findings.Concat(report.Result("OL205").Findings), f => Assert.Equal(Severity.Info, f.Severity));
        Assert.NotEmpty(report.Result("OL204").Findings);
        Assert.Equal(RuleOutcome.Passed, report.Result("OL204").Outcome);
        Assert.Equal(RuleOutcome.Violated, report.Result("OL201").Outcome);

        // The same record of an enterprise branch is not relieved.
        var enterprise = record with { Branch = new Branch(record.Branch!.Id, record.Branch.Name, BranchKind.EnterpriseOrInstitution, true, record.Branch.Members, record.Branch.PartyGroups) };
        Assert.Equal(RuleOutcome.Violated, enterprise.Validate(policy).Result("OL204").Outcome);
    }

    [Fact]
    public void Under_the_simplified_procedure_criticism_needs_one_criticism_per_participant_overall()
    {
        var policy = PolicyPresets.Village2019;
        var branch = Sample.Branch(4, kind: BranchKind.PrivateEnterprise);
        ImmutableArray<Remark> ring = [.. Enumerable.Range(1, 4).Select(i => new Remark { FromMemberId = Sample.Id(i), ToMemberId = Sample.Id((i % 4) + 1), Kind = RemarkKind.Criticism })];
        var record = MeetingSamples.Record(branch, Sample.Meeting() with { Attendance = Sample.Attendance(branch, 4), Remarks = ring });
        Assert.Empty(record.Validate(policy).Result("OL206").Findings);
        Assert.Equal(RuleOutcome.Violated, record.Validate(PolicyPresets.National).Result("OL206").Outcome);
    }

    [Fact]
    public void Quorum_grading_and_confidentiality_can_never_be_listed_to_relax()
    {
        Assert.Throws<ArgumentException>(() => PolicyPresets.National with { SimplifiedProcedureRules = [new RuleId("OL201")] });
        Assert.Throws<ArgumentException>(() => PolicyPresets.National with { SimplifiedProcedureRules = [new RuleId("OL304")] });
        Assert.Throws<ArgumentException>(() => PolicyPresets.National with { SimplifiedProcedureRules = [new RuleId("OL405")] });
    }

    [Property]
    public Property For_any_party_group_form_record_remarks_across_groups_never_change_the_criticism_rule()
    {
        var cases = from size in Gen.Choose(2, 16)
                    from groupOf in Gen.Choose(0, 2).ArrayOf(size)
                    from present in Gen.Elements(true, true, false).ArrayOf(size)
                    from remarks in Gen.Choose(1, size).Two().ArrayOf()
                    from across in Gen.Choose(1, size).Two().ArrayOf()
                    select (size, groupOf, present, remarks, across);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var plain = Sample.Branch(c.size);
            var groups = Enumerable.Range(0, 3)
                .Select(g => (g, ids: plain.Members.Where((m, i) => c.groupOf[i] == g).Select(m => m.Id).ToImmutableArray()))
                .Where(x => !x.ids.IsEmpty)
                .Select(x => new PartyGroup(new PartyGroupId($"g{x.g}"), $"Group {x.g}", x.ids, x.ids[0]))
                .ToImmutableArray();
            var branch = new Branch(plain.Id, plain.Name, plain.Kind, plain.HasCommittee, plain.Members, groups);
            Remark Criticism((int From, int To) p) => new() { FromMemberId = Sample.Id(p.From), ToMemberId = Sample.Id(p.To), Kind = RemarkKind.Criticism };
            var within = c.remarks.Select(p => (p.Item1, p.Item2)).Where(p => c.groupOf[p.Item1 - 1] == c.groupOf[p.Item2 - 1]).Select(Criticism).ToImmutableArray();
            var between = c.across.Select(p => (p.Item1, p.Item2)).Where(p => c.groupOf[p.Item1 - 1] != c.groupOf[p.Item2 - 1]).Select(Criticism);
            var meeting = Sample.Meeting() with
            {
                Form = MeetingForm.PartyGroupMeetings,
                Attendance = [.. branch.Members.Select((m, i) => new AttendanceEntry { MemberId = m.Id, Present = c.present[i] })],
            };
            string Verdict(ImmutableArray<Remark> all)
            {
                var result = MeetingSamples.Record(branch, meeting with { Remarks = all }).Validate().Result("OL206");
                return $"{result.Outcome}|{string.Join(";", result.Findings.Select(f => $"{f.MessageKey}:{f.Subject.Id}:{f.Message}"))}";
            }

            return Verdict(within) == Verdict([.. between, .. within]);
        });
    }

    [Property]
    public Property For_any_committee_form_record_ordinary_members_remarks_never_change_the_criticism_rule()
    {
        var cases = from size in Gen.Choose(3, 14)
                    from committeeSize in Gen.Choose(1, Math.Min(5, size - 1))
                    from present in Gen.Elements(true, true, false).ArrayOf(size)
                    from committeeRemarks in Gen.Choose(1, committeeSize).Two().ArrayOf()
                    from ordinaryRemarks in Gen.Choose(committeeSize + 1, size).Zip(Gen.Choose(1, size)).ArrayOf()
                    from suggestion in Gen.Elements(false, true).ArrayOf(committeeRemarks.Length)
                    from parts in Gen.Elements(false, true)
                    select (size, committeeSize, present, committeeRemarks, ordinaryRemarks, suggestion, parts);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var members = Enumerable.Range(1, c.size).Select(n => new Member
            {
                Id = Sample.Id(n),
                Name = $"Member {n}",
                Roles = n == 1 ? BranchRoles.Secretary : n <= c.committeeSize ? BranchRoles.CommitteeMember : BranchRoles.None,
            });
            var branch = Sample.Branch(c.size).WithMembers(members);
            var attendance = branch.Members.Select((m, i) => new AttendanceEntry { MemberId = m.Id, Present = c.present[i] }).ToImmutableArray();
            var committee = c.committeeRemarks.Select((p, i) => new Remark
            {
                FromMemberId = Sample.Id(p.Item1),
                ToMemberId = Sample.Id(p.Item2),
                Kind = c.suggestion[i] ? RemarkKind.WorkSuggestion : RemarkKind.Criticism,
            }).ToImmutableArray();
            var ordinary = c.ordinaryRemarks.Select(p => new Remark { FromMemberId = Sample.Id(p.Item1), ToMemberId = Sample.Id(p.Item2), Kind = RemarkKind.Criticism });
            var meeting = Sample.Meeting() with
            {
                Form = MeetingForm.CommitteeMeeting,
                Attendance = attendance,
                Parts = c.parts ? [new MeetingPart { Kind = MeetingPartKind.Committee, Attendance = [.. attendance.Take(c.committeeSize)] }] : null,
            };
            string Verdict(ImmutableArray<Remark> remarks)
            {
                var result = MeetingSamples.Record(branch, meeting with { Remarks = remarks }).Validate().Result("OL206");
                return $"{result.Outcome}|{string.Join(";", result.Findings.Select(f => $"{f.MessageKey}:{f.Subject.Id}:{f.Message}"))}";
            }

            // Ordinary members' remarks added anywhere among the committee's, in any number.
            return Verdict(committee) == Verdict([.. committee, .. ordinary]) && Verdict(committee) == Verdict([.. ordinary, .. committee]);
        });
    }
}
