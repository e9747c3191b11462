namespace OrgLife.Tally.Forms;

/// <summary>One reason a ballot form definition was refused.</summary>
/// <param name="Path">Where in the form the problem is, e.g. <c>criteria[2].scale.bands</c>.</param>
/// <param name="Message">What is wrong, in plain English.</param>
public sealed record FormProblem(string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}
