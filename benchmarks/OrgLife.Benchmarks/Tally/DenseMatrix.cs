namespace OrgLife.Benchmarks.Tally;

/// <summary>A seeded dense mark matrix with the four-grade mix of a real assessment (blanks and a few void marks).</summary>
internal static class DenseMatrix
{
    /// <summary>Fills ballots × columns marks: 20% level 1, 70% level 2, 4% level 3, 1% level 4, 4% blank, 1% void.</summary>
    public static byte[] Create(int ballots, int columns, ulong seed)
    {
        var marks = new byte[(long)ballots * columns];
        var state = seed;
        for (var i = 0; i < marks.Length; i++)
        {
            state = unchecked((state * 6364136223846793005UL) + 1442695040888963407UL);
            var percent = (int)((state >> 33) % 100);
            marks[i] = percent switch
            {
                < 20 => 1,
                < 90 => 2,
                < 94 => 3,
                < 95 => 4,
                < 99 => 0,
                _ => 255,
            };
        }

        return marks;
    }
}
