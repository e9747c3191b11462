using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrgLife.Json.Dto;

/// <summary>
/// The base of every object of the record format. Properties the format does not know are kept
/// here so the mapper can reject them by path: a misspelt "atendance" must not read as "not recorded".
/// </summary>
internal abstract record JsonObjectDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownProperties { get; set; }
}
