using NodaTime;

namespace OrgLife.Json.Dto;

/// <summary><c>followUp.memberCommitmentReports[i]</c>: a member's report on their commitments.</summary>
internal sealed record MemberCommitmentReportDto : JsonObjectDto
{
    public string? MemberId { get; set; }

    public LocalDate? Date { get; set; }
}
