namespace OrgLife.Tally.Forms;

/// <summary>
/// 参评人员类别 — a category of voters whose ballots are counted and reported apart
/// (e.g. 党员, 群众代表, 服务对象; Collection 第三篇 第三步 4).
/// </summary>
/// <param name="Name">The category's name as ballots spell it; not empty.</param>
/// <param name="Weight">The weight of the category's marks when a suggestion rule combines categories by weight; greater than 0, 1 by default.</param>
public sealed record VoterCategory(string Name, decimal Weight = 1m);
