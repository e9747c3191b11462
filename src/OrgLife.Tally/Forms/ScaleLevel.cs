using OrgLife.Grades;

namespace OrgLife.Tally.Forms;

/// <summary>
/// One level of an ordered scale, as printed on the form (<see cref="Name"/>, e.g. 优秀) and as a vendor's
/// systems spell it (<see cref="Code"/>, e.g. <c>excellent</c>). Both are accepted on ballots; codes ignore case.
/// </summary>
/// <param name="Name">The printed (usually Chinese) name; not empty.</param>
/// <param name="Code">The English code; not empty, no white space.</param>
/// <param name="Grade">The grade this level stands for, when it stands for one (the four grades, or a custom level mapped by the vendor).</param>
public sealed record ScaleLevel(string Name, string Code, Grade? Grade = null);
