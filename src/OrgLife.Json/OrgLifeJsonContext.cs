using System.Text.Json;
using System.Text.Json.Serialization;
using OrgLife.Findings;
using OrgLife.Ids;
using OrgLife.Json.Converters;
using OrgLife.Records;

namespace OrgLife.Json;

/// <summary>
/// The source-generated System.Text.Json metadata a vendor's application adds to its own
/// (<c>options.TypeInfoResolverChain.Insert(0, OrgLifeJsonContext.Default)</c>, or <see cref="RecordJson.Configure"/>
/// in one line): the IDs as strings, a <see cref="BranchRecord"/> read through <see cref="RecordReader"/>, a
/// <see cref="RecordError"/> as an object. Web defaults (camelCase).
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    Converters =
    [
        typeof(IdJsonConverter<BranchId>),
        typeof(IdJsonConverter<MemberId>),
        typeof(IdJsonConverter<PartyGroupId>),
        typeof(IdJsonConverter<RuleId>),
        typeof(BranchRecordJsonConverter),
    ])]
[JsonSerializable(typeof(BranchId))]
[JsonSerializable(typeof(MemberId))]
[JsonSerializable(typeof(PartyGroupId))]
[JsonSerializable(typeof(RuleId))]
[JsonSerializable(typeof(BranchRecord))]
[JsonSerializable(typeof(RecordError))]
public sealed partial class OrgLifeJsonContext : JsonSerializerContext;
