using OrgLife.Tally.Forms;
using OrgLife.Tally.Kernels;

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
        IsWide = WidestLevelCount > MarkCodes.MaxLevelCount;
        CodeBytes = IsWide ? 2 : 1;
        RowBytes = checked(ColumnCount * CodeBytes);
        VoidCode = IsWide ? WideVoid : MarkCodes.Void;
    }

    /// <summary>The void code of a two-byte row.</summary>
    internal const int WideVoid = ushort.MaxValue;

    /// <summary>
    /// True when a column has more levels than one byte can code (a one-decimal score scale): each code then takes two
    /// bytes of the row, little-endian (0 blank, 1…n the level, <see cref="WideVoid"/> void), counted by
    /// <see cref="Kernels.WideMarkCounter"/> instead of the one-byte kernel.
    /// </summary>
    internal bool IsWide { get; }

    /// <summary>Bytes per code: 1, or 2 when <see cref="IsWide"/>.</summary>
    internal int CodeBytes { get; }

    /// <summary>Bytes per encoded row.</summary>
    internal int RowBytes { get; }

    /// <summary>The void code: 255, or <see cref="WideVoid"/> when <see cref="IsWide"/>.</summary>
    internal int VoidCode { get; }

    /// <summary>The code of a column in an encoded row.</summary>
    internal int Code(ReadOnlySpan<byte> row, int column) =>
        IsWide ? row[2 * column] | (row[(2 * column) + 1] << 8) : row[column];

    /// <summary>Sets the code of a column in an encoded row.</summary>
    internal void SetCode(Span<byte> row, int column, int code)
    {
        if (IsWide)
        {
            row[2 * column] = unchecked((byte)code);
            row[(2 * column) + 1] = unchecked((byte)(code >> 8));
        }
        else
        {
            row[column] = unchecked((byte)code);
        }
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
