namespace OrgLife.Findings;

/// <summary>
/// Where a rule comes from: a document named by its title (and 文号 where it has one), a section within it, and
/// the sentence the rule rests on, quoted in Chinese — for example 《新义村党组织生活会和民主评议党员工作方案》 二.5
/// "评定为“优秀”的党员比例一般不超过三分之一". The seed file a source document was stored as may follow as a reference,
/// never instead of the title.
/// </summary>
public sealed record SourceCitation
{
    /// <summary>Creates a citation.</summary>
    /// <param name="document">The document's title, without the book-title marks, for example <c>中国共产党支部工作条例（试行）</c>.</param>
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

    /// <summary>The document's title, without the book-title marks 《》.</summary>
    public string Document { get; }

    /// <summary>The section, article or paragraph within the document.</summary>
    public string Section { get; }

    /// <summary>The short name of the document used in the catalogue, for example <c>City-2019</c>.</summary>
    public string ShortName { get; }

    /// <summary>The document number (文号) the document has or implements, for example <c>武组发〔2017〕129号</c>; null when it has none.</summary>
    public string? DocumentNumber
    {
        get;
        init => field = value is null || !string.IsNullOrWhiteSpace(value) ? value : throw new ArgumentException("SourceCitation.DocumentNumber must not be blank.", nameof(DocumentNumber));
    }

    /// <summary>The sentence the rule rests on, quoted in Chinese as the document words it; null for a national rule cited by article only.</summary>
    public string? Quote
    {
        get;
        init => field = value is null || !string.IsNullOrWhiteSpace(value) ? value : throw new ArgumentException("SourceCitation.Quote must not be blank.", nameof(Quote));
    }

    /// <summary>Where the vendor's engineers find the text, for example <c>seeds/001_4ca6e8d736ccf145.txt</c>; null when not stored.</summary>
    public string? Reference
    {
        get;
        init => field = value is null || !string.IsNullOrWhiteSpace(value) ? value : throw new ArgumentException("SourceCitation.Reference must not be blank.", nameof(Reference));
    }

    /// <summary>The citation in Chinese: 《title》（文号） section：“quote”.</summary>
    public string ToChinese()
        => $"《{Document}》{(DocumentNumber is { } number ? $"（{number}）" : string.Empty)}{Section}{(Quote is { } quote ? $"：“{quote}”" : string.Empty)}";

    /// <inheritdoc />
    public override string ToString() => $"{ShortName} {Section}";
}
