using OrgLife.Json.Dto;
using OrgLife.Records;

namespace OrgLife.Json.Mapping;

/// <summary>Maps a whole read document to a <see cref="BranchRecord"/>, every part optional.</summary>
internal static class RecordMapper
{
    /// <summary>The domain record; throws <see cref="RecordFormatException"/> at the first value the domain cannot hold.</summary>
    public static BranchRecord ToDomain(BranchRecordDto dto)
    {
        const string root = "$";
        Map.RejectUnknown(dto, root);
        return new BranchRecord
        {
            Branch = dto.Branch is { } branch ? BranchMapper.ToDomain(branch, Map.Child(root, "branch")) : null,
            Preparation = dto.Preparation is { } preparation ? PreparationMapper.ToDomain(preparation, Map.Child(root, "preparation")) : null,
            Meeting = dto.Meeting is { } meeting ? MeetingMapper.ToDomain(meeting, Map.Child(root, "meeting")) : null,
            Evaluation = dto.Evaluation is { } evaluation ? EvaluationMapper.ToDomain(evaluation, Map.Child(root, "evaluation")) : null,
            FollowUp = dto.FollowUp is { } followUp ? FollowUpMapper.ToDomain(followUp, Map.Child(root, "followUp")) : null,
            EarlierMeetingDates = Map.Values(dto.EarlierMeetingDates, Map.Child(root, "earlierMeetingDates"), "a date"),
        };
    }
}
