using OrgLife.Findings;

namespace OrgLife.Rules.Catalogue;

/// <summary>
/// Citations of the source documents in <c>shared/seeds/</c> and of the national rules they rest on,
/// so every rule cites a file and a section the same way.
/// </summary>
public static class Sources
{
    /// <summary>A city organization department's 2019 workflow (seeds/000_37e88c4bb4309827.txt).</summary>
    /// <param name="section">The section, for example <c>一(一)</c>.</param>
    public static SourceCitation City2019(string section) => new("seeds/000_37e88c4bb4309827.txt", section, "City-2019");

    /// <summary>A village branch's 2019 work plan (seeds/001_4ca6e8d736ccf145.txt).</summary>
    /// <param name="section">The section, for example <c>二.5</c>.</param>
    public static SourceCitation Village2019(string section) => new("seeds/001_4ca6e8d736ccf145.txt", section, "Village-2019");

    /// <summary>A municipal 2016 notice for 专题组织生活会 (seeds/002_e0a82e1b6600f81d.txt).</summary>
    /// <param name="section">The section, for example <c>二.5</c>.</param>
    public static SourceCitation Municipal2016(string section) => new("seeds/002_e0a82e1b6600f81d.txt", section, "Municipal-2016");

    /// <summary>A district's 2017 operating procedures (seeds/003_2c8a10a3f78fea0f.txt).</summary>
    /// <param name="section">The section, for example <c>附件2 五</c>.</param>
    public static SourceCitation District2017(string section) => new("seeds/003_2c8a10a3f78fea0f.txt", section, "District-2017");

    /// <summary>A collection of five procedure texts (seeds/004_5e869b2596240c09.txt).</summary>
    /// <param name="section">The section, for example <c>第一篇 1.3</c>.</param>
    public static SourceCitation Collection(string section) => new("seeds/004_5e869b2596240c09.txt", section, "Collection");

    /// <summary>《中国共产党支部工作条例（试行）》.</summary>
    /// <param name="article">The article, for example <c>第十一条</c>.</param>
    public static SourceCitation BranchWorkRegulations(string article) => new("中国共产党支部工作条例（试行）", article, "支部工作条例");

    /// <summary>《中国共产党章程》.</summary>
    /// <param name="article">The article, for example <c>第七条</c>.</param>
    public static SourceCitation PartyConstitution(string article) => new("中国共产党章程", article, "党章");

    /// <summary>The national rules on leadership democratic-life meetings (县以上党和国家机关党员领导干部民主生活会若干规定).</summary>
    /// <param name="section">The provision.</param>
    public static SourceCitation DemocraticLifeRules(string section) => new("县以上党和国家机关党员领导干部民主生活会若干规定", section, "民主生活会规定");

    /// <summary>The national guidance on democratic evaluation of members (关于民主评议党员的意见).</summary>
    /// <param name="section">The provision.</param>
    public static SourceCitation EvaluationGuidance(string section) => new("关于民主评议党员的意见", section, "民主评议意见");
}
