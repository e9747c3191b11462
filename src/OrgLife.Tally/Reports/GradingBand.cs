using OrgLife.Grades;

namespace OrgLife.Tally.Reports;

/// <summary>A band of a score grading: a value of at least <see cref="AtLeast"/> (and below the next higher band) gets <see cref="Grade"/>.</summary>
/// <param name="AtLeast">The band's lower edge, inclusive.</param>
/// <param name="Grade">The grade of the band.</param>
public sealed record GradingBand(decimal AtLeast, Grade Grade);
