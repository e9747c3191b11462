using OrgLife.Json.Dto;
using OrgLife.Preparation;

namespace OrgLife.Json.Mapping;

/// <summary>Maps <c>preparation</c>: study, opinions, talks, notices, plan and problem list.</summary>
internal static class PreparationMapper
{
    public static PreparationRecord ToDomain(PreparationDto dto, string path)
    {
        Map.RejectUnknown(dto, path);
        return new PreparationRecord
        {
            StudySession = Map.Occurrence(dto.StudySession, Map.Child(path, "studySession")),
            OpinionsSolicited = Map.Occurrence(dto.OpinionsSolicited, Map.Child(path, "opinionsSolicited")),
            Talks = Map.Objects(dto.Talks, Map.Child(path, "talks"), ToTalk),
            MemberNotice = Map.Occurrence(dto.MemberNotice, Map.Child(path, "memberNotice")),
            SuperiorNotice = Map.Occurrence(dto.SuperiorNotice, Map.Child(path, "superiorNotice")),
            PlanSubmitted = Map.Occurrence(dto.PlanSubmitted, Map.Child(path, "planSubmitted")),
            CommitteeProblemList = Map.Occurrence(dto.CommitteeProblemList, Map.Child(path, "committeeProblemList")),
            MemberProblemLists = Map.MemberIds(dto.MemberProblemLists, Map.Child(path, "memberProblemLists")),
            SpeechOutlinesWritten = Map.Occurrence(dto.SpeechOutlinesWritten, Map.Child(path, "speechOutlinesWritten")),
            SpeechOutlinesReviewed = Map.Occurrence(dto.SpeechOutlinesReviewed, Map.Child(path, "speechOutlinesReviewed")),
            OpinionsFedBack = Map.Occurrence(dto.OpinionsFedBack, Map.Child(path, "opinionsFedBack")),
            OpinionsReportedToSuperior = Map.Occurrence(dto.OpinionsReportedToSuperior, Map.Child(path, "opinionsReportedToSuperior")),
        };
    }

    private static Talk ToTalk(TalkDto dto, string path)
    {
        Map.RejectUnknown(dto, path);
        var first = Map.MemberId(dto.First, Map.Child(path, "first"));
        var second = Map.MemberId(dto.Second, Map.Child(path, "second"));
        return Map.Build(path, () => new Talk(first, second, dto.Date));
    }
}
