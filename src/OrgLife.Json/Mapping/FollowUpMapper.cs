using OrgLife.Json.Dto;
using OrgLife.FollowUp;

namespace OrgLife.Json.Mapping;

/// <summary>Maps <c>followUp</c>: report, rectification list and progress, filings.</summary>
internal static class FollowUpMapper
{
    public static FollowUpRecord ToDomain(FollowUpDto dto, string path)
    {
        Map.RejectUnknown(dto, path);
        return new FollowUpRecord
        {
            ReportSubmitted = Map.Occurrence(dto.ReportSubmitted, Map.Child(path, "reportSubmitted")),
            RectificationItems = Map.Objects(dto.RectificationItems, Map.Child(path, "rectificationItems"), ToItem),
            RectificationPublicized = Map.Occurrence(dto.RectificationPublicized, Map.Child(path, "rectificationPublicized")),
            BranchProgressReports = Map.Values(dto.BranchProgressReports, Map.Child(path, "branchProgressReports"), "a date"),
            MemberCommitmentReports = Map.Objects(dto.MemberCommitmentReports, Map.Child(path, "memberCommitmentReports"), ToCommitmentReport),
            ProblemListFiled = Map.Occurrence(dto.ProblemListFiled, Map.Child(path, "problemListFiled")),
            RectificationListFiled = Map.Occurrence(dto.RectificationListFiled, Map.Child(path, "rectificationListFiled")),
            EvaluationResultsFiled = Map.Occurrence(dto.EvaluationResultsFiled, Map.Child(path, "evaluationResultsFiled")),
            CompletionPublicized = Map.Occurrence(dto.CompletionPublicized, Map.Child(path, "completionPublicized")),
            MeetingBriefed = Map.Occurrence(dto.MeetingBriefed, Map.Child(path, "meetingBriefed")),
            RecordsArchived = Map.Occurrence(dto.RecordsArchived, Map.Child(path, "recordsArchived")),
        };
    }

    private static RectificationItem ToItem(RectificationItemDto dto, string path)
    {
        Map.RejectUnknown(dto, path);
        var idPath = Map.Child(path, "id");
        var id = Map.Text(dto.Id, idPath);
        return Map.Build(idPath, () => new RectificationItem
        {
            Id = id,
            Matter = dto.Matter,
            Measures = dto.Measures,
            Responsible = dto.Responsible,
            Deadline = dto.Deadline,
        });
    }

    private static MemberCommitmentReport ToCommitmentReport(MemberCommitmentReportDto dto, string path)
    {
        Map.RejectUnknown(dto, path);
        return new MemberCommitmentReport(
            Map.MemberId(dto.MemberId, Map.Child(path, "memberId")),
            Map.Value(dto.Date, Map.Child(path, "date"), "a date"));
    }
}
