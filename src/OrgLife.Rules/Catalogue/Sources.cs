using OrgLife.Findings;

namespace OrgLife.Rules.Catalogue;

/// <summary>
/// Citations of the five source documents and of the national rules they rest on, so every rule cites a document
/// the same way: by its title (and 文号), the section, and the sentence it rests on quoted in Chinese. The seed file
/// each source document was stored as is kept as <see cref="SourceCitation.Reference"/>.
/// </summary>
public static class Sources
{
    /// <summary>City-2019's title (市委组织部, 2019-02-21).</summary>
    public const string City2019Title = "全市2018年度基层党组织组织生活会和民主评议党员工作流程（供各党支部参考）";

    /// <summary>Village-2019's title.</summary>
    public const string Village2019Title = "新义村党组织生活会和民主评议党员工作方案";

    /// <summary>Municipal-2016's title.</summary>
    public const string Municipal2016Title = "关于在“两学一做”学习教育中召开专题组织生活会和开展民主评议党员的通知";

    /// <summary>District-2017's title (中共常州市武进区委组织部, 2017-12-27).</summary>
    public const string District2017Title = "武进区委组织部关于印发〈领导班子民主生活会操作规程〉和〈党支部组织生活会操作规程〉的通知";

    /// <summary>The Collection's title (five procedure texts, no issuer).</summary>
    public const string CollectionTitle = "组织生活会程序";

    /// <summary>《全市2018年度基层党组织组织生活会和民主评议党员工作流程（供各党支部参考）》, implementing 武组通〔2019〕3号.</summary>
    /// <param name="section">The section, for example <c>一(一)</c>.</param>
    /// <param name="quote">The sentence, in Chinese, as the document words it.</param>
    public static SourceCitation City2019(string section, string quote)
        => new(City2019Title, section, "City-2019") { DocumentNumber = "武组通〔2019〕3号", Quote = quote, Reference = "seeds/000_37e88c4bb4309827.txt" };

    /// <summary>《新义村党组织生活会和民主评议党员工作方案》 (2018年度).</summary>
    /// <param name="section">The section, for example <c>二.5</c>.</param>
    /// <param name="quote">The sentence, in Chinese, as the document words it.</param>
    public static SourceCitation Village2019(string section, string quote)
        => new(Village2019Title, section, "Village-2019") { Quote = quote, Reference = "seeds/001_4ca6e8d736ccf145.txt" };

    /// <summary>《关于在“两学一做”学习教育中召开专题组织生活会和开展民主评议党员的通知》, under 沪委组〔2016〕发字69号.</summary>
    /// <param name="section">The section, for example <c>二.5</c>.</param>
    /// <param name="quote">The sentence, in Chinese, as the document words it.</param>
    public static SourceCitation Municipal2016(string section, string quote)
        => new(Municipal2016Title, section, "Municipal-2016") { DocumentNumber = "沪委组〔2016〕发字69号", Quote = quote, Reference = "seeds/002_e0a82e1b6600f81d.txt" };

    /// <summary>《武进区委组织部关于印发〈领导班子民主生活会操作规程〉和〈党支部组织生活会操作规程〉的通知》（武组发〔2017〕129号）.</summary>
    /// <param name="section">The section, for example <c>附件2 五</c>.</param>
    /// <param name="quote">The sentence, in Chinese, as the document words it.</param>
    public static SourceCitation District2017(string section, string quote)
        => new(District2017Title, section, "District-2017") { DocumentNumber = "武组发〔2017〕129号", Quote = quote, Reference = "seeds/003_2c8a10a3f78fea0f.txt" };

    /// <summary>《组织生活会程序》, a collection of five procedure texts (第一篇…第五篇).</summary>
    /// <param name="section">The section, for example <c>第一篇 1.3</c>.</param>
    /// <param name="quote">The sentence, in Chinese, as the document words it.</param>
    public static SourceCitation Collection(string section, string quote)
        => new(CollectionTitle, section, "Collection") { Quote = quote, Reference = "seeds/004_5e869b2596240c09.txt" };

    /// <summary>《中国共产党支部工作条例（试行）》.</summary>
    /// <param name="article">The article, for example <c>第十一条</c>.</param>
    /// <param name="quote">The provision's words, in Chinese.</param>
    public static SourceCitation BranchWorkRegulations(string article, string quote)
        => new("中国共产党支部工作条例（试行）", article, "支部工作条例") { Quote = quote };

    /// <summary>《中国共产党章程》.</summary>
    /// <param name="article">The article, for example <c>第七条</c>.</param>
    /// <param name="quote">The provision's words, in Chinese.</param>
    public static SourceCitation PartyConstitution(string article, string quote)
        => new("中国共产党章程", article, "党章") { Quote = quote };

    /// <summary>The national rules on leadership democratic-life meetings (县以上党和国家机关党员领导干部民主生活会若干规定).</summary>
    /// <param name="section">The provision.</param>
    /// <param name="quote">The provision's words, in Chinese.</param>
    public static SourceCitation DemocraticLifeRules(string section, string quote)
        => new("县以上党和国家机关党员领导干部民主生活会若干规定", section, "民主生活会规定") { Quote = quote };

    /// <summary>The national guidance on democratic evaluation of members (关于民主评议党员的意见).</summary>
    /// <param name="section">The provision.</param>
    /// <param name="quote">The provision's words, in Chinese.</param>
    public static SourceCitation EvaluationGuidance(string section, string quote)
        => new("关于民主评议党员的意见", section, "民主评议意见") { Quote = quote };
}
