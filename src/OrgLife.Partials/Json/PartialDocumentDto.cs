namespace OrgLife.Partials.Json;

/// <summary>The JSON document: the format version and the partials.</summary>
internal sealed class PartialDocumentDto
{
    public int? FormatVersion { get; set; }

    public PartialDto?[]? Partials { get; set; }
}
