using OrgLife.Grades;

namespace OrgLife.Tally.Forms;

/// <summary>A band of scores that maps to one grade, both ends included (e.g. 90–100 → 优秀), in the scale's units (<see cref="Scale.Unit"/>: tenths on a one-decimal scale, so 75.0–89.9 is 750–899).</summary>
/// <param name="Min">The lowest score in the band, in units.</param>
/// <param name="Max">The highest score in the band, in units; at least <paramref name="Min"/>.</param>
/// <param name="Grade">The grade every score of the band stands for.</param>
public sealed record ScoreBand(int Min, int Max, Grade Grade)
{
    /// <summary>True when <paramref name="score"/> lies in the band.</summary>
    /// <param name="score">A score, in units.</param>
    public bool Contains(int score) => score >= Min && score <= Max;
}
