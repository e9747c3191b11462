namespace OrgLife.Findings;

/// <summary>
/// Where a rule comes from: a source document and a section within it, for example
/// <c>seeds/001_4ca6e8d736ccf145.txt</c>, <c>二.5</c>, or a national regulation and its article.
/// </summary>
public sealed record SourceCitation
{
    /// <summary>Creates a citation.</summary>
    /// <param name="document">The document: a file under <c>seeds/</c> or the title of a national rule.</param>
    /// <param name="section">The section, article or paragraph within the document.</param>
    /// <param name="shortName">The short name used in the catalogue, for example <c>Village-2019</c>.</param>
    /// <exception cref="ArgumentException">A part is empty.</exception>
    public SourceCitation(string document, string section, string shortName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(document);
        ArgumentException.ThrowIfNullOrWhiteSpace(section);
        ArgumentException.ThrowIfNullOrWhiteSpace(shortName);
        Document = document;
        Section = section;
        ShortName = shortName;
    }

    /// <summary>The document: a file under <c>seeds/</c> or the title of a national rule.</summary>
    public string Document { get; }

    /// <summary>The section, article or paragraph within the document.</summary>
    public string Section { get; }

    /// <summary>The short name of the document used in the catalogue, for example <c>City-2019</c>.</summary>
    public string ShortName { get; }

    /// <inheritdoc />
    public override string ToString() => $"{ShortName} {Section}";
}
