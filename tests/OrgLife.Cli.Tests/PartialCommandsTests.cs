using System.Text.Json;
using OrgLife.Cli.Tests.Support;
using OrgLife.Partials;

namespace OrgLife.Cli.Tests;

public sealed class PartialCommandsTests(TempFiles files) : IClassFixture<TempFiles>
{
    private const string ThreeBranches = """
        branch,ballot,candidate,grade
        B1,1,a,优秀
        B1,1,b,合格
        B1,2,a,excellent
        B1,2,b,基本合格
        B2,1,x,不合格
        B2,1,y,合格
        B3,1,z,合格
        """;

    [Theory]
    [InlineData("json")]
    [InlineData("parquet")]
    public async Task Tally_exports_every_branch_partial_which_reads_back_with_its_counts(string kind)
    {
        var export = files.Missing($"three.{kind}");
        var result = Tool.Run("tally", files.Write($"three-{kind}.csv", ThreeBranches), "--export", export, "--assessment", "2026");

        Assert.Equal(0, result.ExitCode);
        PartialReadResult read;
        if (kind == "json")
        {
            read = PartialJson.Parse(File.ReadAllText(export));
        }
        else
        {
            await using var stream = File.OpenRead(export);
            read = await PartialParquet.ReadAsync(stream);
        }

        Assert.Empty(read.Errors);
        Assert.Equal(["B1", "B2", "B3"], read.Partials.Select(p => p.Branch.Value));
        Assert.All(read.Partials, p => Assert.Equal("2026", p.AssessmentId));
        Assert.Equal(2, read.Partials[0].Tally.Accepted);
    }

    [Fact]
    public void Store_then_rollup_gives_the_same_totals_as_duckdb_over_the_parquet_file_and_resubmitting_does_not_double()
    {
        var export = files.Missing("round.parquet");
        var store = files.Missing("round.duckdb");
        Assert.Equal(0, Tool.Run("tally", files.Write("round.csv", ThreeBranches), "--export", export, "--assessment", "A").ExitCode);

        var stored = Tool.Run("store", export, "--store", store);
        Assert.Equal(0, stored.ExitCode);
        Assert.Contains("stored 3 partial(s)", stored.Stdout);
        Assert.Equal(0, Tool.Run("store", export, "--store", store).ExitCode);

        var fromStore = Tool.Run("rollup", "--assessment", "A", "--store", store, "--format", "json");
        var fromParquet = Tool.Run("rollup", "--assessment", "A", export, "--format", "json");
        Assert.Equal(0, fromStore.ExitCode);
        Assert.Equal(fromParquet.Stdout, fromStore.Stdout);
        var total = JsonDocument.Parse(fromStore.Stdout).RootElement.GetProperty("groups")[0].GetProperty("counted");
        Assert.Equal(4, total.GetProperty("accepted").GetInt64());
        Assert.Equal([2L, 3L, 1L, 1L], total.GetProperty("overallMarks").EnumerateArray().Select(e => e.GetInt64()));
    }

    [Fact]
    public void Rollup_by_level_uses_the_organization_path_of_the_roster_records()
    {
        var roster = files.Write("org.jsonl", string.Join('\n', new[] { "省A/市1", "省A/市2", "省B/市3" }.Select((path, i) => Record($"B{i + 1}", path.Split('/')))));
        var export = files.Missing("org.parquet");
        var csv = files.Write("org.csv", """
            branch,ballot,candidate,grade
            B1,1,a,优秀
            B2,1,b,合格
            B3,1,c,合格
            """);
        Assert.Equal(0, Tool.Run("tally", csv, "--roster", roster, "--export", export, "--assessment", "A").ExitCode);

        var result = Tool.Run("rollup", "--assessment", "A", "--level", "province", export);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("省A: branches 2", result.Stdout);
        Assert.Contains("省B: branches 1", result.Stdout);
    }

    [Theory]
    [InlineData(new[] { "tally", "x.csv", "--export", "out.csv" }, "name the file *.parquet")]
    [InlineData(new[] { "rollup", "x.parquet" }, "--assessment ID is needed")]
    [InlineData(new[] { "rollup", "--assessment", "A", "--level", "planet" }, "--level 'planet' is not a level")]
    [InlineData(new[] { "store" }, "'store' needs at least one file")]
    [InlineData(new[] { "store", "x.parquet", "--schema", "Bad-Name" }, "--schema")]
    [InlineData(new[] { "rollup", "--assessment", "A", "x.json" }, "reads *.parquet files")]
    public void Partial_commands_refuse_bad_usage_with_2(string[] args, string message)
    {
        var result = Tool.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr);
    }

    [Fact]
    public void A_file_that_is_not_partials_is_bad_input_and_named()
    {
        var bad = files.Write("bad.json", "{\"formatVersion\": 9}");

        var result = Tool.Run("store", bad, "--store", files.Missing("bad.duckdb"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("formatVersion 9 is not supported", result.Stderr);
        Assert.True(result.HasNoStackTrace, result.Stderr);
    }

    private static string Record(string branch, string[] path) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["branch"] = new Dictionary<string, object>
        {
            ["id"] = branch,
            ["name"] = branch,
            ["kind"] = "village",
            ["hasCommittee"] = false,
            ["organizationPath"] = path,
            ["members"] = new[] { new Dictionary<string, object> { ["id"] = "a", ["name"] = "甲", ["status"] = "full" }, new Dictionary<string, object> { ["id"] = "b", ["name"] = "乙", ["status"] = "full" }, new Dictionary<string, object> { ["id"] = "c", ["name"] = "丙", ["status"] = "full" } },
        },
    });
}
