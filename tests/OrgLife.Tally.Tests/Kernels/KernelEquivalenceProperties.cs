using FsCheck;
using FsCheck.Fluent;
using OrgLife.Tally.Kernels;

namespace OrgLife.Tally.Tests.Kernels;

/// <summary>Every vector path equals the scalar reference kernel, whatever the shape and the codes.</summary>
public sealed class KernelEquivalenceProperties
{
    private static readonly int[] BoundaryWidths = [1, 2, 3, 15, 16, 17, 21, 22, 31, 32, 33, 63, 64, 65, 127, 128, 129, 132];

    private static Arbitrary<KernelMatrixCase> Cases()
    {
        var columns = Gen.Frequency(
            (5, Gen.Elements(BoundaryWidths)),
            (3, Gen.Choose(1, 300)),
            (1, Gen.Choose(300, 7000)));
        var levels = Gen.Frequency((4, Gen.Choose(1, 6)), (2, Gen.Choose(7, VectorMarkCounter.MaxLevelCount)));
        var outOfRange = Gen.Elements(0, 0, 1, 10, 50);
        var seed = Gen.Choose(0, int.MaxValue).Select(s => (ulong)s);
        var sameCode = Gen.Elements(0, 0, 0, 90, 100);
        return columns.SelectMany(
                c => Gen.Choose(0, Math.Max(1, Math.Min(700, 400_000 / c))),
                (c, r) => (Columns: c, Rows: r))
            .SelectMany(shape => levels, (shape, l) => (shape.Columns, shape.Rows, Levels: l))
            .SelectMany(shape => outOfRange, (shape, o) => (shape.Columns, shape.Rows, shape.Levels, OutOfRange: o))
            .SelectMany(shape => seed, (shape, s) => (shape.Columns, shape.Rows, shape.Levels, shape.OutOfRange, Seed: s))
            .SelectMany(shape => sameCode, (shape, same) => new KernelMatrixCase(shape.Columns, shape.Rows, shape.Levels, shape.OutOfRange, shape.Seed, same))
            .ToArbitrary();
    }

    private static void HoldsFor(KernelCount kernel)
        => Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(150),
            Prop.ForAll(Cases(), c => c.CountsBy(kernel).AsSpan().SequenceEqual(c.ScalarCounts())));

    [Fact]
    public void The_128_bit_path_counts_exactly_what_the_scalar_kernel_counts() => HoldsFor(VectorMarkCounter.Count128);

    [Fact]
    public void The_256_bit_path_counts_exactly_what_the_scalar_kernel_counts() => HoldsFor(VectorMarkCounter.Count256);

    [Fact]
    public void The_512_bit_path_counts_exactly_what_the_scalar_kernel_counts() => HoldsFor(VectorMarkCounter.Count512);

    /// <summary>Matrices a row kernel of <paramref name="width"/> bytes takes: rows of 1…width columns, up to 700 rows (passes of 255), up to 14 levels.</summary>
    private static Arbitrary<KernelMatrixCase> RowCases(int width)
        => Gen.Frequency((3, Gen.Choose(1, width)), (2, Gen.Elements(1, (width / 3) + 1, width - 1, width)))
            .SelectMany(c => Gen.Frequency((3, Gen.Choose(0, 40)), (1, Gen.Choose(200, 700))), (c, r) => (Columns: c, Rows: r))
            .SelectMany(s => Gen.Choose(1, RowMarkCounter.MaxLevelCount), (s, l) => (s.Columns, s.Rows, Levels: l))
            .SelectMany(s => Gen.Elements(0, 1, 10, 50), (s, o) => (s.Columns, s.Rows, s.Levels, OutOfRange: o))
            .SelectMany(s => Gen.Choose(0, int.MaxValue), (s, seed) => (s.Columns, s.Rows, s.Levels, s.OutOfRange, Seed: (ulong)seed))
            .SelectMany(s => Gen.Elements(0, 0, 90, 100), (s, same) => new KernelMatrixCase(s.Columns, s.Rows, s.Levels, s.OutOfRange, s.Seed, same))
            .ToArbitrary();

    private static void RowKernelHoldsFor(int width, KernelCount kernel)
        => Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(150),
            Prop.ForAll(RowCases(width), c => c.CountsBy(kernel).AsSpan().SequenceEqual(c.ScalarCounts())));

    [Fact]
    public void The_128_bit_row_kernel_counts_exactly_what_the_scalar_kernel_counts() => RowKernelHoldsFor(16, RowMarkCounter.Count128);

    [Fact]
    public void The_256_bit_row_kernel_counts_exactly_what_the_scalar_kernel_counts() => RowKernelHoldsFor(32, RowMarkCounter.Count256);

    [Fact]
    public void The_512_bit_row_kernel_counts_exactly_what_the_scalar_kernel_counts() => RowKernelHoldsFor(64, RowMarkCounter.Count512);

    [Fact]
    public void The_histogram_counts_exactly_what_the_scalar_kernel_counts_with_one_column()
        => Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(200),
            Prop.ForAll(
                Gen.Frequency((3, Gen.Choose(0, 200)), (1, Gen.Elements(63, 64, 65, 127, 128, 129)), (1, Gen.Choose(200, 5000)))
                    .SelectMany(r => Gen.Frequency((4, Gen.Choose(1, MarkHistogram.MaxVectorLevelCount)), (1, Gen.Choose(15, MarkCodes.MaxLevelCount))), (r, l) => (r, l))
                    .SelectMany(s => Gen.Elements(0, 1, 10, 50), (s, o) => (s.r, s.l, o))
                    .SelectMany(s => Gen.Choose(0, int.MaxValue), (s, seed) => new KernelMatrixCase(1, s.r, s.l, s.o, (ulong)seed))
                    .ToArbitrary(),
                c => c.CountsBy((marks, _, levels, counts) => MarkHistogram.Count(marks, levels, counts)).AsSpan().SequenceEqual(c.ScalarCounts())));

    [Fact]
    public void The_dispatching_kernel_counts_exactly_what_the_scalar_kernel_counts_for_every_level_count()
        => Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(100),
            Prop.ForAll(
                Gen.Choose(1, 300).SelectMany(c => Gen.Choose(0, 300), (c, r) => (c, r))
                    .SelectMany(s => Gen.Choose(1, MarkCodes.MaxLevelCount), (s, l) => (s.c, s.r, l))
                    .SelectMany(s => Gen.Choose(0, int.MaxValue), (s, seed) => new KernelMatrixCase(s.c, s.r, s.l, 5, (ulong)seed))
                    .ToArbitrary(),
                c => c.CountsBy(MarkCounter.Count).AsSpan().SequenceEqual(c.ScalarCounts())));
}
