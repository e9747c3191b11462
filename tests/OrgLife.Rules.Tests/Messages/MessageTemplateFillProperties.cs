using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrgLife.Rules.Messages;

namespace OrgLife.Rules.Tests.Messages;

public sealed class MessageTemplateFillProperties
{
    private static readonly Regex Placeholder = new(@"\{([A-Za-z][A-Za-z0-9]*)\}", RegexOptions.CultureInvariant);

    /// <summary>The plain reference: the regular expression the placeholders are defined by.</summary>
    private static string Reference(string text, IReadOnlyDictionary<string, string> arguments)
        => Placeholder.Replace(text, m => arguments.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);

    [Property]
    public Property Filling_a_template_gives_what_the_placeholder_regex_gives()
    {
        // Templates built from the characters that matter: braces, letters, digits, CJK, and names with and without values.
        var pieces = Gen.Elements("{", "}", "a", "Z", "9", "中", " ", "{member}", "{count}", "{x1}", "{1x}", "{}", "{{due}}", "{missing}");
        var texts = Gen.ArrayOf(pieces).Select(parts => string.Concat(parts));
        var values = Gen.Elements("", "m01", "{count}", "梁晨", "}");
        var cases = from text in texts
                    from member in values
                    from count in values
                    from due in values
                    select (text, new Dictionary<string, string> { ["member"] = member, ["count"] = count, ["due"] = due, ["x1"] = "X", ["1x"] = "Y" });

        return Prop.ForAll(cases.ToArbitrary(), c => MessageTemplate.Fill(c.text, c.Item2) == Reference(c.text, c.Item2));
    }
}
