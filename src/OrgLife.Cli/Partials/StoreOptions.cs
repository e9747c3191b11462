using OrgLife.Cli.Commands;
using OrgLife.Storage;

namespace OrgLife.Cli.Partials;

/// <summary>
/// Which store a command uses: <c>--postgres CONNECTION</c> (or <c>env:NAME</c> to read the connection string from
/// an environment variable, keeping passwords off the command line), else <c>--store FILE</c>, the embedded DuckDB
/// file (default <see cref="DuckDbPartialStore.DefaultFile"/>); <c>--schema NAME</c> in either.
/// </summary>
internal static class StoreOptions
{
    public static readonly string[] Names = ["store", "postgres", "schema"];

    public static PartialStore Open(Arguments arguments, CommandContext context)
    {
        var schema = Schema(arguments);
        if (arguments.Option("postgres") is { } postgres)
        {
            if (arguments.Option("store") is not null)
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

        var file = arguments.Option("store") ?? DuckDbPartialStore.DefaultFile;
        try
        {
            return DuckDbPartialStore.OpenAsync(file, schema, context.Cancellation).GetAwaiter().GetResult();
        }
        catch (DuckDB.NET.Data.DuckDBException ex)
        {
            throw new BadInputException($"cannot open the store {file}: {ex.Message}");
        }
    }

    /// <summary>--schema, checked (commands call it first, so a bad name is reported before any work).</summary>
    public static StoreSchemaName? Schema(Arguments arguments)
    {
        if (arguments.Option("schema") is not { } name)
        {
            return null;
        }

        try
        {
            return new StoreSchemaName(name);
        }
        catch (ArgumentException ex)
        {
            throw new UsageException($"--schema: {ex.Message}");
        }
    }
}
