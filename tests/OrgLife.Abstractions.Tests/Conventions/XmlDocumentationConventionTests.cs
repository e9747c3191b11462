using System.Reflection;
using System.Xml.Linq;

namespace OrgLife.Abstractions.Tests.Conventions;

/// <summary>
/// Every public type and member carries an XML doc in the OrgLife.Abstractions.xml shipped beside
/// the assembly (and so in the package), the file a vendor's IDE reads.
/// </summary>
public sealed class XmlDocumentationConventionTests
{
    private static readonly Lazy<Dictionary<string, XElement>> Docs = new(() =>
    {
        var path = Path.ChangeExtension(PublicApi.Assembly.Location, ".xml");
        Assert.True(File.Exists(path), $"The XML documentation file {path} is missing.");
        return XDocument.Load(path).Descendants("member")
            .ToDictionary(m => (string)m.Attribute("name")!, m => m, StringComparer.Ordinal);
    });

    [Fact]
    public void Every_public_type_has_a_summary()
    {
        var missing = PublicApi.Types
            .Where(t => !Docs.Value.TryGetValue(DocId.Of(t), out var doc) || string.IsNullOrWhiteSpace(doc.Element("summary")?.Value))
            .Select(DocId.Of)
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_public_member_is_documented()
    {
        var missing = PublicApi.Types
            .SelectMany(PublicApi.Members)
            .Where(m => !IsDocumented(m))
            .Select(DocId.Of)
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void The_documentation_file_documents_a_known_member_by_its_ID()
        => Assert.Contains("M:OrgLife.Branches.Branch.TryGetMember(OrgLife.Ids.MemberId,OrgLife.Members.Member@)", Docs.Value.Keys);

    private static bool IsDocumented(MemberInfo member)
    {
        if (Docs.Value.TryGetValue(DocId.Of(member), out var doc))
        {
            return doc.HasElements;
        }

        // The implicit parameterless constructor of a record with init properties has no source to document:
        // the compiler does not ask for one (CS1591), and the type's summary says what an instance is.
        if (member is ConstructorInfo { IsStatic: false } ctor && ctor.GetParameters().Length == 0)
        {
            return Docs.Value.ContainsKey(DocId.Of(ctor.DeclaringType!));
        }

        // A positional record's property is documented by the <param> of its type.
        return member is PropertyInfo property
               && Docs.Value.TryGetValue(DocId.Of(property.DeclaringType!), out var typeDoc)
               && typeDoc.Elements("param").Any(p => (string?)p.Attribute("name") == property.Name && !string.IsNullOrWhiteSpace(p.Value));
    }
}
