using OrgLife.Rules.Catalogue;
using OrgLife.Rules.Messages;

namespace OrgLife.Rules.Tests.Catalogue;

public sealed class MessageCatalogueTests
{
    public static TheoryData<string> MessageKeys => [.. RuleCatalogue.Default.Messages.Select(m => m.Key)];

    [Theory]
    [MemberData(nameof(MessageKeys))]
    public void Every_message_has_English_and_Chinese_text_with_the_same_placeholders(string key)
    {
        var template = RuleCatalogue.Default.Message(key);
        Assert.False(string.IsNullOrWhiteSpace(template.English));
        Assert.False(string.IsNullOrWhiteSpace(template.Chinese));
        Assert.Equal(
            MessageTemplate.PlaceholdersOf(template.English).Order(StringComparer.Ordinal),
            MessageTemplate.PlaceholdersOf(template.Chinese).Order(StringComparer.Ordinal));
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", template.Chinese);
    }

    [Fact]
    public void Message_keys_are_unique_and_belong_to_their_rule()
    {
        var keys = RuleCatalogue.Default.Messages.Select(m => m.Key).ToList();
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        foreach (var rule in RuleCatalogue.Default.Rules)
        {
            Assert.NotEmpty(rule.Messages);
            Assert.All(rule.Messages, m => Assert.StartsWith(rule.Descriptor.Id.Value + ".", m.Key, StringComparison.Ordinal));
        }
    }
}
