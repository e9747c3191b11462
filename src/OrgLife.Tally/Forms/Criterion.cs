namespace OrgLife.Tally.Forms;

/// <summary>
/// 测评项目 — one question of the form, asked for each candidate (or once about the committee), with its scale.
/// </summary>
/// <param name="Name">The criterion's name as printed and as ballots spell it (e.g. 理想信念); unique within its section.</param>
/// <param name="Scale">The levels a voter chooses from.</param>
/// <param name="IsOverall">True for the overall grade (总体评价), the criterion the suggested grade comes from; at most one per form.</param>
public sealed record Criterion(string Name, Scale Scale, bool IsOverall = false);
