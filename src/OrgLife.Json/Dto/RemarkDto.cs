using OrgLife.Meetings;

namespace OrgLife.Json.Dto;

/// <summary><c>meeting.remarks[i]</c>: one remark of the mutual criticism.</summary>
internal sealed record RemarkDto : JsonObjectDto
{
    public string? FromMemberId { get; set; }

    public string? ToMemberId { get; set; }

    public RemarkKind? Kind { get; set; }
}
