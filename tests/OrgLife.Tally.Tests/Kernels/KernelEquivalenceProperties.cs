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
