using System.Buffers.Binary;
using System.Text.Json;
using OrgLife.Cli.Generate;
using OrgLife.Cli.Tests.Support;
using OrgLife.Tally.Formats.Binary;
using OrgLife.Tally.Synthetic;

namespace OrgLife.Cli.Tests;

public sealed class BinaryTallyCommandTests(TempFiles files) : IClassFixture<TempFiles>
{
    private static readonly string[] SummaryFields =
    [
        "kind", "formatVersion", "source", "branches", "ballots", "marks", "voidAssessments", "rejectedBallots", "skippedBlocks",
        "skippedBlockList", "gradedMembers", "suggested", "votes", "abstentions", "voidMarks", "overExcellentCapCount", "overExcellentCap",
    ];

    [Theory]
    [InlineData(1, false)]
    [InlineData(6, true)]
    public void A_generated_round_tallies_to_the_totals_of_the_library_count_of_the_same_round(int criteria, bool serials)
    {
        var file = files.Missing($"round-{criteria}.bin");
        string[] generate = ["generate", file, "--branches", "50", "--seed", "7", "--criteria", criteria.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        Assert.Equal(0, Tool.Run(serials ? [.. generate, "--serials"] : generate).ExitCode);

        var result = Tool.Run("tally", file, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Stderr);
        var summary = JsonDocument.Parse(result.Stdout).RootElement;
        var expected = SyntheticRound.Count(new SyntheticBallotGenerator(new SyntheticRoundOptions(7, 50, criteria, includeSerials: serials)), workerCount: 1);
        Assert.Equal(expected.BranchCount, summary.GetProperty("branches").GetInt64());
        Assert.Equal(expected.BallotCount, summary.GetProperty("ballots").GetInt64());
        Assert.Equal(expected.MarkCount, summary.GetProperty("marks").GetInt64());
        Assert.Equal(expected.BallotCount, summary.GetProperty("gradedMembers").GetInt64()); // every full member votes and is graded
        var overall = expected.CriterionTotals[^1]; // blank, 优秀, 合格, 基本合格, 不合格, void
        var votes = summary.GetProperty("votes");
        Assert.Equal([.. overall.Skip(1).Take(4)], new[] { "excellent", "qualified", "basicallyQualified", "unqualified" }.Select(g => votes.GetProperty(g).GetInt64()));
        Assert.Equal(overall[0], summary.GetProperty("abstentions").GetInt64());
        Assert.Equal(overall[^1], summary.GetProperty("voidMarks").GetInt64());
        Assert.Equal(0, summary.GetProperty("rejectedBallots").GetInt64()); // the generator's serials are distinct
    }

    [Fact]
    public void The_binary_summary_has_the_documented_fields_and_branch_reports_come_one_per_block()
    {
        var file = Generated("reports.bin", 5);

        var result = Tool.Run("tally", file, "--format", "json", "--branch-reports");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var reports = lines[..^1];
        Assert.All(reports, r => Assert.Equal("tallyReport", r.GetProperty("kind").GetString()));
        Assert.All(reports, r => Assert.Equal("binary", r.GetProperty("candidatesFrom").GetString()));
        Assert.Equal(["1", "2", "3", "4", "5"], reports.Select(r => r.GetProperty("branch").GetString()!).Order(StringComparer.Ordinal));
        var summary = lines[^1];
        Assert.Equal(SummaryFields, summary.EnumerateObject().Select(p => p.Name));
        Assert.Equal("binaryTallySummary", summary.GetProperty("kind").GetString());
        Assert.Equal("reports.bin", summary.GetProperty("source").GetString());
        Assert.Equal(reports.Sum(r => r.GetProperty("returned").GetInt64()), summary.GetProperty("ballots").GetInt64());
    }

    [Fact]
    public void Without_branch_reports_only_the_summary_is_printed_and_text_names_the_totals()
    {
        var file = Generated("text.bin", 50);

        var result = Tool.Run("tally", file);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("Branch 1 ", result.Stdout);
        Assert.Matches(@"=== text\.bin: summary of 50 branch\(es\) ===\n  \d+ ballots, \d+ marks; \d+ graded members; 0 void assessment\(s\); 0 ballot\(s\) rejected; 0 corrupt block\(s\) skipped", result.Stdout.ReplaceLineEndings("\n"));
        Assert.Matches(@"suggested +\d+ +\d+", result.Stdout);
    }

    [Fact]
    public void A_file_is_recognized_as_binary_by_its_magic_whatever_its_name()
    {
        var file = files.Missing("round.dat");
        File.Copy(Generated("magic.bin", 3), file);

        var result = Tool.Run("tally", file, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("binaryTallySummary", JsonDocument.Parse(result.Stdout).RootElement.GetProperty("kind").GetString());
    }

    [Fact]
    public void A_bad_magic_exits_with_2_naming_byte_0_and_the_magic_field()
    {
        var file = files.Write("not-ballots.bin", "branch,ballot,candidate,grade\nB1,1,a,优秀\n");

        var result = Tool.Run("tally", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"orglife: {file}: Binary ballot file, byte 0, field 'magic':", result.Stderr);
        Assert.Empty(result.Stdout);
        Assert.True(result.HasNoStackTrace, result.Stderr);
    }

    [Fact]
    public void A_bad_magic_is_told_in_the_culture_asked_for()
    {
        var file = files.Write("not-ballots-zh.bin", "branch,ballot,candidate,grade\nB1,1,a,优秀\n");

        var result = Tool.Run("tally", file, "--culture", "zh-CN");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{file}: 二进制选票文件，第 0 字节，字段“magic”：文件不以标识“OLBALLOT”开头，不是 OrgLife 二进制选票文件。", result.Stderr);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void A_truncated_file_exits_with_2_naming_the_offset_of_the_cut_block()
    {
        var whole = File.ReadAllBytes(Generated("whole.bin", 3));
        var lastBlock = BlockOffsets(whole)[^1];
        var file = files.Missing("truncated.bin");
        File.WriteAllBytes(file, whole[..^10]);

        var result = Tool.Run("tally", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Matches($@"orglife: .*truncated\.bin: Binary ballot file, byte {lastBlock}, field '[a-z ]+': Truncated", result.Stderr);
        Assert.True(result.HasNoStackTrace, result.Stderr);
    }

    [Fact]
    public void A_corrupt_block_whose_length_is_known_is_skipped_named_by_offset_and_counted()
    {
        var bytes = File.ReadAllBytes(Generated("sound.bin", 3));
        var second = BlockOffsets(bytes)[1];
        var header = bytes.AsSpan((int)second, BallotFileLayout.BlockHeaderSize);
        BinaryPrimitives.WriteInt32LittleEndian(header[20..], 0); // candidate count 0: out of range
        BinaryPrimitives.WriteUInt32LittleEndian(header[28..], HeaderCheck(header[..28])); // the header check still holds
        var file = files.Missing("corrupt.bin");
        File.WriteAllBytes(file, bytes);

        var result = Tool.Run("tally", file, "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"corrupt.bin byte {second}, field 'candidate count':", result.Stderr);
        Assert.Contains("1 corrupt block(s) skipped", result.Stderr);
        var summary = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal(2, summary.GetProperty("branches").GetInt64());
        Assert.Equal(1, summary.GetProperty("skippedBlocks").GetInt64());
        Assert.Equal(second, summary.GetProperty("skippedBlockList")[0].GetProperty("offset").GetInt64());
    }

    [Fact]
    public void A_binary_tally_refuses_the_csv_only_options()
    {
        var result = Tool.Run("tally", Generated("options.bin", 1), "--roster", "r.json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'tally (binary input)' does not take --roster", result.Stderr);
    }

    [Fact]
    public void The_binary_summary_shown_in_docs_cli_output_is_what_the_tool_prints()
    {
        var doc = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "cli-output.md"));
        var shown = doc.Split("```json\n")[2].Split("\n```")[0];
        var file = files.Missing("round.bin");
        Assert.Equal(0, Tool.Run("generate", file, "--branches", "3", "--seed", "7").ExitCode);

        var printed = Tool.Run("tally", file, "--format", "json").Stdout.ReplaceLineEndings("\n").TrimEnd('\n');

        Assert.Equal(shown, printed);
    }

    [Fact]
    public void The_size_estimate_of_a_large_round_is_within_a_percent_of_the_exact_size()
    {
        var generator = new SyntheticBallotGenerator(new SyntheticRoundOptions(2024, 200_000, 6, includeSerials: true));

        var estimate = RoundSize.Estimate(generator);
        var exact = RoundSize.Exact(generator);

        Assert.False(estimate.IsExact);
        Assert.InRange(estimate.Marks, exact.Marks * 0.99, exact.Marks * 1.01);
        Assert.InRange(estimate.Bytes, exact.Bytes * 0.99, exact.Bytes * 1.01);
    }

    private string Generated(string name, int branches)
    {
        var file = files.Missing(name);
        Assert.Equal(0, Tool.Run("generate", file, "--branches", branches.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", "7").ExitCode);
        return file;
    }

    /// <summary>The byte offset of every block, from the payload lengths.</summary>
    private static List<long> BlockOffsets(byte[] file)
    {
        var offsets = new List<long>();
        for (long offset = BallotFileLayout.FileHeaderSize; offset < file.Length; offset += BallotFileLayout.BlockHeaderSize + BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan((int)offset + 4)))
        {
            offsets.Add(offset);
        }

        return offsets;
    }

    /// <summary>FNV-1a (32-bit), the block header check of docs/tally-binary-format.md.</summary>
    private static uint HeaderCheck(ReadOnlySpan<byte> bytes)
    {
        var hash = 2166136261u;
        foreach (var value in bytes)
        {
            hash = unchecked((hash ^ value) * 16777619u);
        }

        return hash;
    }
}
