using System.Collections.Concurrent;
using System.Globalization;
using OrgLife.Tally.Formats.Binary;
using OrgLife.Tally.Kernels;
using OrgLife.Tally.Synthetic;

namespace OrgLife.Tally.Tests.Binary;

public sealed class BinaryFormatFacts
{
    [Fact]
    public void A_written_round_reads_back_block_by_block_with_its_shapes_serials_and_marks()
    {
        var generator = new SyntheticBallotGenerator(new SyntheticRoundOptions(seed: 4, branchCount: 40, criteriaPerCandidate: 6, includeSerials: true));
        using var reader = new BallotFileReader(new MemoryStream(BinaryTestFiles.Synthetic(4, 40, criteria: 6, serials: true)));
        foreach (var shape in generator.Shapes())
        {
            Assert.True(reader.MoveNext());
            var block = reader.Current;
            var marks = new byte[shape.MarkCount];
            generator.FillMarks(shape, marks);
            var serials = new ulong[shape.BallotCount];
            SyntheticBallotGenerator.FillSerials(shape, serials);

            Assert.Equal((shape.BranchId, shape.BallotCount, shape.CandidateCount, 4), (block.BranchId, block.BallotCount, block.CandidateCount, block.LevelCount));
            Assert.Equal(generator.LevelCounts.ToArray(), block.LevelCounts.ToArray());
            Assert.Equal(marks, block.Marks.ToArray());
            Assert.Equal(serials[^1], block.SerialOf(shape.BallotCount - 1));
        }

        Assert.False(reader.MoveNext());
    }

    [Theory]
    [InlineData(1, 4096)]
    [InlineData(2, 4096)]
    [InlineData(2, 1 << 20)]
    public void The_parallel_file_tally_equals_the_scalar_kernel_block_by_block_and_in_total(int workers, int chunkBytes)
    {
        var file = BinaryTestFiles.Synthetic(8, 600, criteria: 6);
        var branches = new ConcurrentBag<BinaryBranchCounts>();
        var totals = BinaryBallotTally.Count(new MemoryStream(file), new BallotReadOptions { WorkerCount = workers, ChunkBytes = chunkBytes }, branches.Add);

        var generator = new SyntheticBallotGenerator(new SyntheticRoundOptions(8, 600, 6));
        var expectedTotals = new long[6, 6];
        foreach (var branch in branches)
        {
            var shape = generator.ShapeOf(branch.BranchId - 1);
            var marks = new byte[shape.MarkCount];
            generator.FillMarks(shape, marks);
            var expected = new long[shape.ColumnCount * 6];
            ScalarMarkCounter.Count(marks, shape.ColumnCount, 4, expected);
            for (var column = 0; column < shape.ColumnCount; column++)
            {
                if (column % 6 < 5)
                {
                    expected[(column * 6) + 5] += expected[(column * 6) + 4]; // a 4 in a 3-level criterion is void
                    expected[(column * 6) + 4] = 0;
                }

                for (var slot = 0; slot < 6; slot++)
                {
                    expectedTotals[column % 6, slot] += expected[(column * 6) + slot];
                }
            }

            Assert.Equal(expected, branch.Counts.ToArray());
        }

        Assert.Equal(600, branches.Count);
        Assert.Equal(600, totals.BranchCount);
        Assert.Equal(branches.Sum(b => (long)b.BallotCount * b.ColumnCount), totals.MarkCount);
        for (var criterion = 0; criterion < 6; criterion++)
        {
            var row = totals.CriterionTotals[criterion];
            var own = criterion < 5 ? 3 : 4;
            Assert.Equal(own + 2, row.Length);
            Assert.Equal(expectedTotals[criterion, 0], row[0]);
            Assert.Equal(expectedTotals[criterion, 5], row[own + 1]);
            for (var level = 1; level <= own; level++)
            {
                Assert.Equal(expectedTotals[criterion, level], row[level]);
            }
        }
    }

    [Fact]
    public void Counting_the_file_and_counting_the_generator_stream_give_the_same_totals()
    {
        var generator = new SyntheticBallotGenerator(new SyntheticRoundOptions(21, 700));
        var fromFile = BinaryBallotTally.Count(new MemoryStream(BinaryTestFiles.Synthetic(21, 700)));
        var fromStream = SyntheticRound.Count(generator, workerCount: 2);
        Assert.Equal((fromFile.BranchCount, fromFile.BallotCount, fromFile.MarkCount), (fromStream.BranchCount, fromStream.BallotCount, fromStream.MarkCount));
        Assert.Equal(fromFile.CriterionTotals.Single().ToArray(), fromStream.CriterionTotals.Single().ToArray());
    }

    [Fact]
    public void A_file_without_the_magic_is_rejected_at_byte_0()
    {
        var file = BinaryTestFiles.Synthetic(1, 3);
        file[0] = (byte)'X';
        var error = Assert.Throws<BallotFormatException>(() => new BallotFileReader(new MemoryStream(file)));
        Assert.Equal((0L, "magic"), (error.Offset, error.Field));
        Assert.Equal("Binary ballot file, byte 0, field 'magic': The file does not start with the magic \"OLBALLOT\": it is not an OrgLife binary ballot file.", error.Message);
        Assert.Equal(error.Message, error.MessageIn(System.Globalization.CultureInfo.GetCultureInfo("en")));
        Assert.Equal("二进制选票文件，第 0 字节，字段“magic”：文件不以标识“OLBALLOT”开头，不是 OrgLife 二进制选票文件。", error.MessageIn(System.Globalization.CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal("magic", Assert.Throws<BallotFormatException>(() => BinaryBallotTally.Count(new MemoryStream(file))).Field);
    }

    [Fact]
    public void A_truncated_block_is_reported_with_its_offset_by_the_reader_and_the_parallel_tally()
    {
        var file = BinaryTestFiles.Synthetic(1, 5);
        var last = BinaryTestFiles.BlockOffsets(file)[^1];
        var cut = file[..(file.Length - 10)];

        using var reader = new BallotFileReader(new MemoryStream(cut));
        var error = Assert.Throws<BallotFormatException>(() => { while (reader.MoveNext()) { } });
        Assert.Equal((last, "payload"), (error.Offset, error.Field));
        Assert.Contains("Truncated", error.Message, StringComparison.Ordinal);
        Assert.Contains("块不完整", error.MessageIn(System.Globalization.CultureInfo.GetCultureInfo("zh-CN")), StringComparison.Ordinal);

        var parallel = Assert.Throws<BallotFormatException>(() => BinaryBallotTally.Count(new MemoryStream(cut)));
        Assert.Equal(last, parallel.Offset);
    }

    [Fact]
    public void A_header_whose_check_fails_stops_the_read_because_its_length_cannot_be_trusted()
    {
        var file = BinaryTestFiles.Synthetic(1, 5);
        var second = BinaryTestFiles.BlockOffsets(file)[1];
        file[second + 20] ^= 0x40;
        var options = new BallotReadOptions { SkipCorruptBlocks = true };
        var error = Assert.Throws<BallotFormatException>(() => BinaryBallotTally.Count(new MemoryStream(file), options));
        Assert.Equal((second, "header check"), (error.Offset, error.Field));
    }

    [Fact]
    public void An_absurd_count_stops_the_read_by_default_and_is_skipped_alone_when_asked()
    {
        var file = BinaryTestFiles.Synthetic(2, 6);
        var third = BinaryTestFiles.BlockOffsets(file)[2];
        BinaryTestFiles.PatchHeaderField(file, third, fieldOffset: 20, value: 0); // candidate count 0

        var error = Assert.Throws<BallotFormatException>(() => BinaryBallotTally.Count(new MemoryStream(file)));
        Assert.Equal((third, "candidate count"), (error.Offset, error.Field));

        var options = new BallotReadOptions { SkipCorruptBlocks = true, ChunkBytes = 4096 };
        var totals = BinaryBallotTally.Count(new MemoryStream(file), options);
        Assert.Equal(5, totals.BranchCount);
        Assert.Equal(1, totals.SkippedBlockCount);
        var skipped = totals.SkippedBlocks.Single();
        Assert.Equal((third, "candidate count", "0 is outside 1…100000."), (skipped.Offset, skipped.Field, skipped.Reason));
        Assert.Equal("0 超出 1…100000 的范围。", skipped.MessageIn(CultureInfo.GetCultureInfo("zh-CN")));

        using var reader = new BallotFileReader(new MemoryStream(file), options);
        var ids = new List<long>();
        while (reader.MoveNext())
        {
            ids.Add(reader.Current.BranchId);
        }

        Assert.Equal([1, 2, 4, 5, 6], ids);
        Assert.Equal("candidate count", reader.SkippedBlocks.Single().Field);
    }

    [Fact]
    public void A_block_above_the_size_limit_is_skipped_when_asked_and_the_blocks_after_it_are_counted()
    {
        var file = BinaryTestFiles.Synthetic(3, 30);
        var largest = BinaryTestFiles.BlockOffsets(file).Max(offset => BitConverter.ToInt32(file, offset + 4));
        var options = new BallotReadOptions { SkipCorruptBlocks = true, MaxBlockBytes = largest - 1, ChunkBytes = 4096 };
        var totals = BinaryBallotTally.Count(new MemoryStream(file), options);
        Assert.True(totals.SkippedBlockCount >= 1);
        Assert.Equal(30, totals.BranchCount + totals.SkippedBlockCount);
        Assert.All(totals.SkippedBlocks, skipped => Assert.Equal("payload length", skipped.Field));
    }

    [Fact]
    public void The_writer_refuses_marks_that_do_not_fill_the_matrix()
    {
        using var writer = new BallotFileWriter(new MemoryStream());
        var error = Assert.Throws<ArgumentException>(() => writer.WriteBlock(9, 2, [4], 3, [], new byte[5]));
        Assert.Contains("Branch 9", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Blocks_larger_than_a_chunk_buffer_are_counted_whole_between_small_ones(int workers)
    {
        // 8 KiB chunk buffers (2 × 4096) against a 20,000-byte block and a 60,000-byte one.
        var shapes = new (int Candidates, int Ballots)[] { (3, 4), (200, 100), (5, 5), (600, 100), (2, 2) };
        using var memory = new MemoryStream();
        var expected = new long[6];
        using (var writer = new BallotFileWriter(memory, leaveOpen: true))
        {
            var seed = 1;
            foreach (var (candidates, ballots) in shapes)
            {
                var marks = new byte[candidates * ballots];
                for (var i = 0; i < marks.Length; i++)
                {
                    marks[i] = (byte)((seed++ * 7919) % 6 == 5 ? 255 : (seed * 7919) % 5);
                }

                var counts = new long[candidates * 6];
                ScalarMarkCounter.Count(marks, candidates, 4, counts);
                for (var slot = 0; slot < counts.Length; slot++)
                {
                    expected[slot % 6] += counts[slot];
                }

                writer.WriteBlock(shapes.ToList().IndexOf((candidates, ballots)) + 1, candidates, [4], ballots, [], marks);
            }
        }

        var totals = BinaryBallotTally.Count(new MemoryStream(memory.ToArray()), new BallotReadOptions { WorkerCount = workers, ChunkBytes = 4096 });

        Assert.Equal(shapes.Length, totals.BranchCount);
        Assert.Equal(expected, totals.CriterionTotals[0].ToArray());
    }
}
