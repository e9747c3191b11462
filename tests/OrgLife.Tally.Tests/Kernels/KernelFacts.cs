using System.Runtime.Intrinsics;
using OrgLife.Tally.Kernels;

namespace OrgLife.Tally.Tests.Kernels;

/// <summary>Explicit cases for each vector width, whatever the machine runs by default.</summary>
public sealed class KernelFacts
{
    public static TheoryData<string> Paths => ["128", "256", "512", "dispatch"];

    private static KernelCount PathNamed(string name) => name switch
    {
        "128" => VectorMarkCounter.Count128,
        "256" => VectorMarkCounter.Count256,
        "512" => VectorMarkCounter.Count512,
        _ => MarkCounter.Count,
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public void Each_code_lands_in_its_own_slot_and_codes_above_the_level_count_are_void(string path)
    {
        // One ballot, columns 0…7 hold blank, levels 1–4, 5 (above 4 levels), 200 and 255.
        byte[] marks = [0, 1, 2, 3, 4, 5, 200, 255];
        var counts = new long[8 * 6];
        PathNamed(path)(marks, 8, 4, counts);

        long[] expected =
        [
            1, 0, 0, 0, 0, 0,
            0, 1, 0, 0, 0, 0,
            0, 0, 1, 0, 0, 0,
            0, 0, 0, 1, 0, 0,
            0, 0, 0, 0, 1, 0,
            0, 0, 0, 0, 0, 1,
            0, 0, 0, 0, 0, 1,
            0, 0, 0, 0, 0, 1,
        ];
        Assert.Equal(expected, counts);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Counts_above_65535_in_a_narrow_matrix_are_exact(string path)
    {
        const int rows = 70_001;
        var marks = new byte[rows * 3];
        for (var row = 0; row < rows; row++)
        {
            marks[row * 3] = 2;
            marks[(row * 3) + 1] = (byte)(row % 3 == 0 ? MarkCodes.Void : MarkCodes.Blank);
            marks[(row * 3) + 2] = 1;
        }

        var counts = new long[3 * 4];
        PathNamed(path)(marks, 3, 2, counts);

        Assert.Equal([0, 0, rows, 0, 46_667, 0, 0, 23_334, 0, rows, 0, 0], counts);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void A_wide_matrix_spanning_several_column_tiles_matches_the_scalar_kernel(string path)
    {
        var wide = new KernelMatrixCase(Columns: 10_001, Rows: 300, LevelCount: 4, OutOfRangePercent: 2, Seed: 42);
        Assert.Equal(wide.ScalarCounts(), wide.CountsBy(PathNamed(path)));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void An_empty_matrix_leaves_the_counters_untouched(string path)
    {
        var counts = new long[] { 7, 8, 9 };
        PathNamed(path)([], 1, 1, counts);
        Assert.Equal([7, 8, 9], counts);
    }

    [Fact]
    public void Score_columns_with_101_levels_are_counted_exactly()
    {
        var scores = new KernelMatrixCase(Columns: 40, Rows: 500, LevelCount: 101, OutOfRangePercent: 3, Seed: 7);
        Assert.Equal(scores.ScalarCounts(), scores.CountsBy(MarkCounter.Count));
    }

    [Fact]
    public void The_vector_entry_points_refuse_more_levels_than_they_handle()
        => Assert.Throws<ArgumentOutOfRangeException>(
            () => VectorMarkCounter.Count512(new byte[4], 2, VectorMarkCounter.MaxLevelCount + 1, new long[2 * (VectorMarkCounter.MaxLevelCount + 3)]));

    [Fact]
    public void A_ragged_matrix_is_rejected_with_the_shape_named()
    {
        var error = Assert.Throws<ArgumentException>(() => MarkCounter.Count(new byte[5], 2, 4, new long[12]));
        Assert.Contains("not a whole number of rows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reported_vector_path_matches_the_hardware()
        => Assert.Equal(
            Vector512.IsHardwareAccelerated ? "Vector512" : Vector256.IsHardwareAccelerated ? "Vector256" : Vector128.IsHardwareAccelerated ? "Vector128" : "scalar",
            MarkCounter.VectorPath);
}
