using System.CommandLine;
using OrgLife.Cli.Commands;
using OrgLife.Cli.Output;
using OrgLife.Storage;

namespace OrgLife.Cli.Partials;

/// <summary>
/// Which store a command uses: <c>--postgres CONNECTION</c> (or <c>env:NAME</c> to read the connection string from
/// an environment variable, keeping passwords off the command line), else <c>--store FILE</c>, the embedded DuckDB
/// file (default <see cref="DuckDbPartialStore.DefaultFile"/>); <c>--schema NAME</c> in either. One instance per command.
/// </summary>
internal sealed class StoreOptions
{
    /// <summary>The three options, their help in <paramref name="labels"/>' language.</summary>
    public StoreOptions(Labels labels)
    {
        Store = new Option<string>("--store")
        {
            HelpName = "FILE.duckdb",
            Description = labels.Pick($"The embedded store file (default {DuckDbPartialStore.DefaultFile} in the working folder).", $"嵌入式存储文件（默认为工作目录下的 {DuckDbPartialStore.DefaultFile}）。"),
        };
        Postgres = new Option<string>("--postgres")
        {
            HelpName = "CONNECTION|env:NAME",
            Description = labels.Pick("A PostgreSQL connection string, or env:NAME to read it from an environment variable.", "PostgreSQL 连接字符串，或 env:NAME 从环境变量读取。"),
        };
        Schema = CommonOptions.Parsed<StoreSchemaName?>(
            "--schema",
            "NAME",
            labels.Pick("The store's schema (default orglife): lower-case letters, digits, underscores.", "存储的模式名（默认 orglife）：小写字母、数字、下划线。"),
            name =>
            {
                try
                {
                    return new StoreSchemaName(name);
                }
                catch (ArgumentException ex)
                {
                    throw new UsageException($"--schema: {ex.Message}");
                }
            },
            () => null);
    }

    /// <summary>--store FILE.</summary>
    public Option<string> Store { get; }

    /// <summary>--postgres CONNECTION or env:NAME.</summary>
    public Option<string> Postgres { get; }

    /// <summary>--schema NAME, checked when parsed, so a bad name is reported before any work.</summary>
    public ToolOption<StoreSchemaName?> Schema { get; }

    /// <summary>The three, to add to a command.</summary>
    public IEnumerable<Option> All => [Store, Postgres, Schema];

    /// <summary>Whether --store or --postgres was given.</summary>
    public bool StoreGiven(ParseResult parse) => parse.GetValue(Store) is not null || parse.GetValue(Postgres) is not null;

    public PartialStore Open(ParseResult parse, CommandContext context)
    {
        var schema = Schema.ValueIn(parse);
        if (parse.GetValue(Postgres) is { } postgres)
        {
            if (parse.GetValue(Store) is not null)
            {
                throw new UsageException("give either --store FILE or --postgres CONNECTION, not both.");
            }

            var connection = postgres.StartsWith("env:", StringComparison.Ordinal)
                ? Environment.GetEnvironmentVariable(postgres[4..]) is { Length: > 0 } value ? value : throw new UsageException($"--postgres {postgres}: the environment variable is not set.")
                : postgres;
            try
            {
                return PostgresPartialStore.OpenAsync(connection, schema, context.Cancellation).GetAwaiter().GetResult();
            }
            catch (Exception ex) when (ex is Npgsql.NpgsqlException or ArgumentException or InvalidOperationException)
            {
                throw new BadInputException($"cannot open the PostgreSQL store: {ex.Message}");
            }
        }

        var file = parse.GetValue(Store) ?? DuckDbPartialStore.DefaultFile;
        try
        {
            return DuckDbPartialStore.OpenAsync(file, schema, context.Cancellation).GetAwaiter().GetResult();
        }
        catch (DuckDB.NET.Data.DuckDBException ex)
        {
            throw new BadInputException($"cannot open the store {file}: {ex.Message}");
        }
    }
}
