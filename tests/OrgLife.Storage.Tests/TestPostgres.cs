using OrgLife.Storage;

namespace OrgLife.Storage.Tests;

/// <summary>
/// The PostgreSQL server of the tests: test.sh starts a private one and sets <see cref="Variable"/>. When the
/// variable is absent (a developer's filtered run without a server) the PostgreSQL tests are skipped; when it is
/// set, an unreachable server fails them. Each test gets its own schema, dropped at the end.
/// </summary>
internal static class TestPostgres
{
    internal const string Variable = "ORGLIFE_TEST_POSTGRES";

    internal static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    internal static async Task<PostgresPartialStore> OpenAsync()
    {
        if (ConnectionString is null)
        {
            throw new InvalidOperationException($"{Variable} is not set: run ./test.sh, which starts a PostgreSQL server and sets it.");
        }

        var schema = new StoreSchemaName($"t_{Guid.NewGuid():N}");
        return await PostgresPartialStore.OpenAsync(ConnectionString!, schema);
    }

    internal static async Task DropAsync(StoreSchemaName schema)
    {
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP SCHEMA IF EXISTS {schema.Quoted} CASCADE";
        await command.ExecuteNonQueryAsync();
    }
}
