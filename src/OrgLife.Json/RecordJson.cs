using System.Text.Json;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using OrgLife.Findings;
using OrgLife.Ids;
using OrgLife.Json.Converters;

namespace OrgLife.Json;

/// <summary>
/// System.Text.Json set up for OrgLife in one line: <c>builder.Services.ConfigureHttpJsonOptions(o =&gt;
/// RecordJson.Configure(o.SerializerOptions))</c>. Then a minimal API binds a <see cref="OrgLife.Records.BranchRecord"/>
/// body in the documented format (through <see cref="RecordReader"/>, a bad record a 400 naming its path), route
/// values and JSON bind the ID types as strings, and NodaTime values read and write as ISO text.
/// </summary>
public static class RecordJson
{
    /// <summary>Web defaults configured by <see cref="Configure"/>, read-only; for <c>JsonSerializer.Deserialize&lt;BranchRecord&gt;(json, RecordJson.Options)</c>.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>
    /// Adds OrgLife's converters (IDs as strings, branch records through the record reader, a local date-time with or
    /// without seconds, NodaTime's ISO converters) and puts <see cref="OrgLifeJsonContext"/> first in the resolver chain.
    /// </summary>
    /// <param name="options">Options not yet in use (ASP.NET Core's <c>JsonOptions.SerializerOptions</c>).</param>
    /// <returns><paramref name="options"/>, for chaining.</returns>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Converters.Add(new IdJsonConverter<BranchId>());
        options.Converters.Add(new IdJsonConverter<MemberId>());
        options.Converters.Add(new IdJsonConverter<PartyGroupId>());
        options.Converters.Add(new IdJsonConverter<RuleId>());
        options.Converters.Add(new BranchRecordJsonConverter());
        // Before NodaTime's own: a local date-time from a vendor's form often has no seconds.
        options.Converters.Add(new LocalDateTimeConverter());
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.TypeInfoResolverChain.Insert(0, OrgLifeJsonContext.Default);
        return options;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));
        options.MakeReadOnly();
        return options;
    }
}
