using OrgLife.Tally.Forms;

namespace OrgLife.Tally.Box;

/// <summary>
/// How a form and its graded candidates map onto the dense mark matrix: column
/// <c>candidate × criteria + criterion</c> for each graded candidate, then one column per committee criterion.
/// Counters hold <see cref="Stride"/> slots per column: blank, levels 1…<see cref="WidestLevelCount"/>, void.
/// </summary>
internal sealed class ColumnLayout
{
    internal ColumnLayout(BallotForm form, int gradedCount)
    {
        Form = form;
        CriteriaPerCandidate = form.Criteria.Length;
        CandidateColumnCount = checked(gradedCount * CriteriaPerCandidate);
        ColumnCount = checked(CandidateColumnCount + form.CommitteeCriteria.Length);
        WidestLevelCount = form.WidestLevelCount;
        Stride = WidestLevelCount + 2;
    }

    internal BallotForm Form { get; }

    internal int CriteriaPerCandidate { get; }

    internal int CandidateColumnCount { get; }

    internal int ColumnCount { get; }

    internal int WidestLevelCount { get; }

    internal int Stride { get; }

    internal int CounterCount => checked(ColumnCount * Stride);

    internal int CandidateColumn(int candidate, int criterion) => (candidate * CriteriaPerCandidate) + criterion;

    internal int CommitteeColumn(int criterion) => CandidateColumnCount + criterion;

    internal Criterion CriterionOf(int column) =>
        column < CandidateColumnCount ? Form.Criteria[column % CriteriaPerCandidate] : Form.CommitteeCriteria[column - CandidateColumnCount];

    /// <summary>
    /// Moves counts of codes above a column's own level count (possible only from pre-coded blocks, since the
    /// kernel runs with the widest count) into that column's void slot. Idempotent.
    /// </summary>
    internal void MoveOutOfScaleCodesToVoid(Span<long> counts)
    {
        for (var column = 0; column < ColumnCount; column++)
        {
            var levels = CriterionOf(column).Scale.LevelCount;
            var slots = counts.Slice(column * Stride, Stride);
            for (var level = levels + 1; level <= WidestLevelCount; level++)
            {
                slots[Stride - 1] += slots[level];
                slots[level] = 0;
            }
        }
    }
}
