using System.Collections.Immutable;

namespace OrgLife.Json;

/// <summary>
/// The JSON Schemas (draft 2020-12) of the documented formats, shipped in the package as embedded resources: the
/// branch record, the policy file, the ballot form and the validation report. Tests hold the readers and writers to
/// them; a vendor serves them or validates with them.
/// </summary>
public static class OrgLifeSchemas
{
    /// <summary>The file name of the branch record schema.</summary>
    public const string RecordName = "record.schema.json";

    /// <summary>The file name of the policy file schema.</summary>
    public const string PolicyName = "policy.schema.json";

    /// <summary>The file name of the ballot form schema.</summary>
    public const string FormName = "form.schema.json";

    /// <summary>The file name of the validation report schema.</summary>
    public const string ReportName = "report.schema.json";

    private const string ResourcePrefix = "OrgLife.Json.Schemas.";

    /// <summary>The file names of every schema shipped.</summary>
    public static ImmutableArray<string> Names { get; } = [RecordName, PolicyName, FormName, ReportName];

    /// <summary>The branch record schema (docs/record-format.md).</summary>
    public static string Record => Read(RecordName);

    /// <summary>The policy file schema (docs/policy-format.md).</summary>
    public static string Policy => Read(PolicyName);

    /// <summary>The ballot form schema (docs/tally.md).</summary>
    public static string Form => Read(FormName);

    /// <summary>The validation report schema (docs/record-format.md, Output).</summary>
    public static string Report => Read(ReportName);

    /// <summary>Opens a schema by its file name; the caller disposes the stream.</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a schema shipped.</exception>
    public static Stream Open(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return (Names.Contains(name) ? typeof(OrgLifeSchemas).Assembly.GetManifestResourceStream(ResourcePrefix + name) : null)
            ?? throw new ArgumentException($"No schema is named '{name}'; the schemas are {string.Join(", ", Names)}.", nameof(name));
    }

    /// <summary>A schema's text by its file name.</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a schema shipped.</exception>
    public static string Read(string name)
    {
        using var reader = new StreamReader(Open(name));
        return reader.ReadToEnd();
    }
}
