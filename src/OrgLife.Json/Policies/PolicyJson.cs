using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OrgLife.Json.Policies;

/// <summary>
/// Reads and writes policy files (docs/policy-format.md, schema <c>policy.schema.json</c>): a preset name plus any
/// knob of <see cref="OrgLife.Rules.Policies.OrgLifePolicy"/> set explicitly — every knob, the disabled rules, the
/// severities per rule and the campaign deadline. A knob given replaces the preset's value; a knob left out keeps
/// it. Errors name the JSON path, line and column; no input makes the reader throw.
/// </summary>
public static class PolicyJson
{
    /// <summary>The version of the policy format (<c>formatVersion</c>).</summary>
    public const int FormatVersion = 1;

    /// <summary>The largest policy document, in bytes: 1 MiB.</summary>
    public const int MaxDocumentBytes = 1 << 20;

    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Every property a policy document may hold (the frame and the knobs).</summary>
    internal static IEnumerable<string> PropertyNames => PolicyDocumentReader.FrameProperties.Concat(PolicyDocumentReader.KnobNames);

    /// <summary>Reads a policy from a whole UTF-8 JSON document.</summary>
    /// <param name="utf8Json">The document, optionally after a byte-order mark.</param>
    public static PolicyReadResult Read(ReadOnlySpan<byte> utf8Json)
    {
        var content = utf8Json.StartsWith(Bom) ? utf8Json[Bom.Length..] : utf8Json;
        if (Utf8Text.FirstInvalid(content) is { } offset)
        {
            var (line, column) = PolicyDocumentReader.Position(content, offset);
            return PolicyReadResult.Failed(new RecordError("$", "invalid UTF-8; the policy must be UTF-8 text.", line, column, offset + (utf8Json.Length - content.Length)));
        }

        if (content.Length > MaxDocumentBytes)
        {
            return PolicyReadResult.Failed(new RecordError("$", $"the document is larger than {MaxDocumentBytes / (1 << 20)} MiB"));
        }

        return PolicyDocumentReader.Read(content);
    }

    /// <summary>Reads a policy from UTF-8 JSON text.</summary>
    /// <param name="json">The document.</param>
    public static PolicyReadResult Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(System.Text.Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads a policy from a stream holding one JSON document, to its end; at most <see cref="MaxDocumentBytes"/>.</summary>
    /// <param name="utf8Json">The stream; read, not disposed.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public static async ValueTask<PolicyReadResult> ReadAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 << 10];
        int read;
        while ((read = await utf8Json.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxDocumentBytes + Bom.Length)
            {
                return PolicyReadResult.Failed(new RecordError("$", $"the document is larger than {MaxDocumentBytes / (1 << 20)} MiB"));
            }

            buffer.Write(chunk, 0, read);
        }

        return Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>The policy as an indented JSON document: every knob written, so reading it gives the same policy.</summary>
    /// <param name="policy">The policy.</param>
    public static string Write(OrgLife.Rules.Policies.OrgLifePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            PolicyDocumentWriter.Write(writer, policy);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the policy as an indented JSON document, every knob written.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="policy">The policy.</param>
    public static void Write(Utf8JsonWriter writer, OrgLife.Rules.Policies.OrgLifePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(policy);
        PolicyDocumentWriter.Write(writer, policy);
    }
}
