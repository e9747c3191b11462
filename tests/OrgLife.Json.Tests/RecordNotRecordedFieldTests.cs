using System.Text;
using OrgLife.Json;
using OrgLife.Members;

namespace OrgLife.Json.Tests;

/// <summary>The reader keeps "not recorded" apart from "recorded as none" and reads the fields RULES.md Revision 2 adds.</summary>
public sealed class RecordNotRecordedFieldTests
{
    private static OrgLife.Records.BranchRecord Read(string json)
    {
        var result = RecordReader.Read(Encoding.UTF8.GetBytes(json));
        Assert.True(result.Succeeded, result.Error?.ToString());
        return result.Record!;
    }

    private const string Branch = """
        "branch": { "id": "b", "name": "支部", "kind": "village", "hasCommittee": true, "members": [
          { "id": "m1", "name": "甲", "status": "full", "roles": ["secretary"] },
          { "id": "m2", "name": "乙", "status": "full", "circumstances": [], "isLeadingCadre": false, "attendedDemocraticLifeMeetingThisYear": false },
          { "id": "m3", "name": "丙", "status": "full", "circumstances": ["mobile"], "isLeadingCadre": true } ] }
        """;

    [Fact]
    public void Absent_circumstances_and_flags_are_not_recorded_and_an_empty_list_is_recorded_as_none()
    {
        var members = Read("{" + Branch + ", \"meeting\": { \"kind\": \"organizationalLife\" } }").Branch!.Members;

        Assert.Equal((null, null, null), (members[0].Circumstances, members[0].IsLeadingCadre, members[0].AttendedDemocraticLifeMeetingThisYear));
        Assert.Equal((MemberCircumstances.None, false, false), (members[1].Circumstances, members[1].IsLeadingCadre, members[1].AttendedDemocraticLifeMeetingThisYear));
        Assert.Equal((MemberCircumstances.Mobile, true), (members[2].Circumstances, members[2].IsLeadingCadre));
    }

    [Fact]
    public void An_absent_thematic_flag_is_not_recorded()
    {
        Assert.Null(Read("{" + Branch + ", \"meeting\": { \"kind\": \"organizationalLife\" } }").Meeting!.IsThematic);
        Assert.False(Read("{" + Branch + ", \"meeting\": { \"kind\": \"organizationalLife\", \"isThematic\": false } }").Meeting!.IsThematic);
    }

    [Fact]
    public void Members_problem_lists_absent_are_not_recorded_and_an_empty_list_is_recorded_as_none()
    {
        Assert.Null(Read("{" + Branch + ", \"meeting\": { \"kind\": \"organizationalLife\" }, \"preparation\": {} }").Preparation!.MemberProblemLists);
        Assert.Empty(Read("{" + Branch + ", \"meeting\": { \"kind\": \"organizationalLife\" }, \"preparation\": { \"memberProblemLists\": [] } }").Preparation!.MemberProblemLists!.Value);
        var listed = Read("{" + Branch + ", \"meeting\": { \"kind\": \"organizationalLife\" }, \"preparation\": { \"memberProblemLists\": [\"m1\", \"m3\"] } }").Preparation!.MemberProblemLists!.Value;
        Assert.Equal(["m1", "m3"], listed.Select(id => id.Value).ToArray());
    }

    [Fact]
    public void The_new_fields_are_read()
    {
        var record = Read("{" + Branch + """
            , "meeting": { "kind": "democraticLife", "forYear": 2018, "postponement": { "newDeadline": "2019-04-30", "approvedOn": "2019-03-01" } },
              "preparation": { "speechOutlinesWritten": { "happened": true }, "speechOutlinesReviewed": { "happened": false },
                               "opinionsFedBack": { "happened": true }, "opinionsReportedToSuperior": { "happened": true } },
              "evaluation": { "redoOrdered": { "happened": false }, "redone": { "happened": true },
                              "determinations": [ { "memberId": "m2", "grade": "qualified", "followUps": ["encouragement"] } ] },
              "followUp": { "completionPublicized": { "happened": true }, "meetingBriefed": { "happened": true }, "recordsArchived": { "happened": false } } }
            """);

        Assert.Equal(2018, record.Meeting!.ForYear);
        Assert.Equal(new NodaTime.LocalDate(2019, 4, 30), record.Meeting.Postponement!.NewDeadline);
        Assert.False(record.Preparation!.SpeechOutlinesReviewed!.Happened);
        Assert.True(record.Preparation.OpinionsReportedToSuperior!.Happened);
        Assert.False(record.Evaluation!.RedoOrdered!.Happened);
        Assert.Equal(OrgLife.Evaluation.GradeFollowUp.Encouragement, record.Evaluation.Determinations!.Value[0].FollowUps!.Value[0]);
        Assert.False(record.FollowUp!.RecordsArchived!.Happened);
        Assert.True(record.FollowUp.MeetingBriefed!.Happened && record.FollowUp.CompletionPublicized!.Happened);
    }

    [Fact]
    public void A_year_out_of_range_or_a_postponement_without_its_date_is_a_format_error_naming_the_field()
    {
        var year = RecordReader.Read(Encoding.UTF8.GetBytes("{" + Branch + ", \"meeting\": { \"kind\": \"organizationalLife\", \"forYear\": 0 } }"));
        Assert.False(year.Succeeded);
        Assert.Contains("meeting.forYear", year.Error!.ToString());

        var postponement = RecordReader.Read(Encoding.UTF8.GetBytes("{" + Branch + ", \"meeting\": { \"kind\": \"organizationalLife\", \"postponement\": { \"approvedOn\": \"2019-03-01\" } } }"));
        Assert.False(postponement.Succeeded);
        Assert.Contains("meeting.postponement.newDeadline", postponement.Error!.ToString());
    }
}
