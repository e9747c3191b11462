using OrgLife.Grades;

namespace OrgLife.Tally.Forms;

/// <summary>
/// One level of an ordered scale, as printed on the form (<see cref="Name"/>, e.g. 优秀) and as a vendor's
/// systems spell it (<see cref="Code"/>, e.g. <c>excellent</c>). Both are accepted on ballots; codes ignore case.
/// </summary>
/// <param name="Name">The printed (usually Chinese) name; not empty.</param>
/// <param name="Code">The English code; not empty, no white space.</param>
/// <param name="Grade">The grade this level stands for, when it stands for one (the four grades, or a custom level mapped by the vendor).</param>
/// <param name="Points">The points a mark at this level is worth when a rule grades by score (e.g. 好 10, 较好 8, 一般 6), or null.</param>
/// <param name="IsNonOpinion">
/// True for an explicit non-opinion box (不了解): a valid choice, counted apart, that is neither a blank nor an opinion —
/// it has no grade and no points, and result rules leave it out of their valid-mark bases.
/// </param>
public sealed record ScaleLevel(string Name, string Code, Grade? Grade = null, decimal? Points = null, bool IsNonOpinion = false);
