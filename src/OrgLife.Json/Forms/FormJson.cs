using OrgLife.Tally.Forms;

namespace OrgLife.Json.Forms;

/// <summary>
/// Ballot forms (docs/tally.md, schema <c>form.schema.json</c>) through the OrgLife.Json package: the format itself
/// stays in OrgLife.Tally (<see cref="BallotFormJson"/>, the BCL's System.Text.Json only, so the tally keeps no
/// package dependency); this reader returns every problem as a result instead of throwing.
/// </summary>
public static class FormJson
{
    /// <summary>Reads a form from JSON text.</summary>
    /// <param name="json">The document.</param>
    public static FormReadResult Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return FormReadResult.Read(BallotFormJson.Parse(json));
        }
        catch (BallotFormException ex)
        {
            return FormReadResult.Failed(ex.Problems);
        }
    }

    /// <summary>Reads a form from a UTF-8 stream, to its end.</summary>
    /// <param name="utf8Json">The stream; read, not disposed.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public static async ValueTask<FormReadResult> ReadAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var reader = new StreamReader(utf8Json, leaveOpen: true);
        return Read(await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The form as indented JSON that <see cref="Read(string)"/> reads back to an equal form.</summary>
    /// <param name="form">The form.</param>
    public static string Write(BallotForm form) => BallotFormJson.Serialize(form);
}
