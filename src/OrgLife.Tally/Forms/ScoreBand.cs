using OrgLife.Grades;

namespace OrgLife.Tally.Forms;

/// <summary>A band of scores that maps to one grade, both ends included (e.g. 90–100 → 优秀).</summary>
/// <param name="Min">The lowest score in the band.</param>
/// <param name="Max">The highest score in the band; at least <paramref name="Min"/>.</param>
/// <param name="Grade">The grade every score of the band stands for.</param>
public sealed record ScoreBand(int Min, int Max, Grade Grade)
{
    /// <summary>True when <paramref name="score"/> lies in the band.</summary>
    /// <param name="score">A score.</param>
    public bool Contains(int score) => score >= Min && score <= Max;
}
