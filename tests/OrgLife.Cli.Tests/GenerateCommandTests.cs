using OrgLife.Cli.Tests.Support;
using OrgLife.Tally.Synthetic;

namespace OrgLife.Cli.Tests;

public sealed class GenerateCommandTests(TempFiles files) : IClassFixture<TempFiles>
{
    [Fact]
    public void Generate_writes_the_library_round_byte_for_byte_and_prints_the_size_before_and_a_summary_after()
    {
        var file = files.Missing("round.bin");

        var result = Tool.Run("generate", file, "--branches", "40", "--seed", "11", "--criteria", "6", "--serials", "--probationary-share", "0.1");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Stderr);
        using var expected = new MemoryStream();
        var marks = SyntheticRound.WriteTo(new SyntheticBallotGenerator(new SyntheticRoundOptions(11, 40, 6, 0.1, includeSerials: true)), expected);
        Assert.Equal(expected.ToArray(), File.ReadAllBytes(file));
        var lines = result.Stdout.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"Generating 40 branches (6 criteria, seed 11, with serials, probationary share 0.1) into {file}: {marks:N0} marks, ", lines[0]);
        Assert.Matches($@"^Wrote .*round\.bin: 40 branches, [\d,]+ ballots, {marks:N0} marks, {expected.Length:N0} bytes \(", lines[1]);
    }

    [Fact]
    public void A_path_that_cannot_be_written_exits_with_2_and_says_so()
    {
        var file = Path.Combine(files.Missing("no-such-folder"), "round.bin");

        var result = Tool.Run("generate", file, "--branches", "2");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"orglife: cannot write '{file}':", result.Stderr);
        Assert.True(result.HasNoStackTrace, result.Stderr);
    }
}
