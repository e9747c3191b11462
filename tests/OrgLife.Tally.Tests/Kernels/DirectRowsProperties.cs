using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrgLife.Tally.Kernels;

namespace OrgLife.Tally.Tests.Kernels;

/// <summary>
/// The row kernels load each row as one whole register, past the row's end: <see cref="RowMarkCounter.DirectRows"/>
/// must name exactly the rows whose load stays inside the matrix (the last of them ends at or before the matrix's end,
/// the next one would not), or the kernels read past their input. Counts alone cannot show such an over-read, since the
/// lanes past a row are never counted.
/// </summary>
public sealed class DirectRowsProperties
{
    [Property(MaxTest = 500)]
    public Property Direct_rows_are_exactly_the_rows_whose_register_load_stays_inside_the_matrix()
    {
        var cases =
            from width in Gen.Elements(16, 32, 64)
            from columns in Gen.Choose(1, 64)
            from rows in Gen.Frequency((3, Gen.Choose(0, 10)), (1, Gen.Choose(11, 5000)))
            select (width, columns, rows);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var length = c.columns * c.rows;
            var direct = RowMarkCounter.DirectRows(length, c.width, c.columns);
            var lastInside = direct == 0 || ((direct - 1) * c.columns) + c.width <= length;
            var nextOutside = direct == c.rows || (direct * c.columns) + c.width > length;
            return direct >= 0 && direct <= c.rows && lastInside && nextOutside;
        });
    }
}
