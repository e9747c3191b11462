using NodaTime;
using OrgLife.Json;
using OrgLife.Records;

namespace OrgLife.Cli.Demo;

/// <summary>
/// The demo's sample data, embedded in the tool: 红旗村党支部, a village branch of 23 members (20 full,
/// 3 probationary) with a 2026 organizational-life meeting and evaluation that break a few rules on
/// purpose. Read through the same <see cref="RecordReader"/> as a vendor's file, so the demo also
/// proves the format.
/// </summary>
internal static class DemoBranch
{
    private const string ResourceName = "OrgLife.Cli.Demo.village-branch.json";

    /// <summary>The fixed date the demo validates as of, so its output is the same on every machine and day.</summary>
    public static LocalDate AsOf { get; } = new(2027, 1, 10);

    /// <summary>The record's JSON text, as embedded.</summary>
    public static byte[] Json()
    {
        using var stream = typeof(DemoBranch).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The tool was built without its demo data ({ResourceName}).");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The sample record.</summary>
    public static BranchRecord Record()
    {
        var result = RecordReader.Read(Json());
        return result.Succeeded ? result.Record : throw new InvalidOperationException($"The embedded demo data does not read: {result.Error}");
    }
}
