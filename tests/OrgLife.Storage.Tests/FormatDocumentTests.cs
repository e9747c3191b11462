namespace OrgLife.Storage.Tests;

public sealed class FormatDocumentTests
{
    [Fact]
    public void The_format_document_shows_the_exact_roll_up_sql_the_library_runs()
    {
        var document = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "partial-tally-format.md")).ReplaceLineEndings("\n");

        Assert.Contains(RollUpSql.Totals("partial_rows", 3).ReplaceLineEndings("\n"), document, StringComparison.Ordinal);
        Assert.Contains(RollUpSql.OverallMarks("partial_rows", 3).ReplaceLineEndings("\n"), document, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OrgLife.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("OrgLife.sln not found above the test assembly.");
    }
}
