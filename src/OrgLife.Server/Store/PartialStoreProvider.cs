using System.Data.Common;
using OrgLife.Storage;

namespace OrgLife.Server.Store;

/// <summary>
/// The store of partial tallies, opened on first use from the connection string <c>ConnectionStrings:PartialStore</c>:
/// <c>DuckDB:Data Source=FILE</c> (the default, <c>orglife-partials.duckdb</c> in the working folder) or
/// <c>PostgreSQL:Host=...;Database=...</c>. One store for the process; requests take turns on it, since a store holds one connection.
/// </summary>
internal sealed class PartialStoreProvider(IConfiguration configuration) : IAsyncDisposable
{
    /// <summary>The connection string's name under <c>ConnectionStrings</c>.</summary>
    public const string ConnectionName = "PartialStore";

    private const string DuckDbPrefix = "DuckDB:";
    private const string PostgresPrefix = "PostgreSQL:";

    private readonly SemaphoreSlim turn = new(1, 1);
    private PartialStore? store;

    /// <summary>Runs <paramref name="work"/> on the store, opening it first when needed; one caller at a time.</summary>
    /// <exception cref="StoreUnavailableException">The store cannot be opened (bad connection string, server down).</exception>
    public async Task<T> UseAsync<T>(Func<PartialStore, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        await turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            store ??= await OpenAsync(cancellationToken).ConfigureAwait(false);
            return await work(store, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            turn.Release();
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (store is not null)
        {
            await store.DisposeAsync().ConfigureAwait(false);
        }

        turn.Dispose();
    }

    private async Task<PartialStore> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = configuration.GetConnectionString(ConnectionName) is { Length: > 0 } configured ? configured : DuckDbPrefix + "Data Source=" + DuckDbPartialStore.DefaultFile;
        try
        {
            if (connection.StartsWith(PostgresPrefix, StringComparison.OrdinalIgnoreCase))
            {
                return await PostgresPartialStore.OpenAsync(connection[PostgresPrefix.Length..], null, cancellationToken).ConfigureAwait(false);
            }

            if (connection.StartsWith(DuckDbPrefix, StringComparison.OrdinalIgnoreCase))
            {
                var builder = new DbConnectionStringBuilder { ConnectionString = connection[DuckDbPrefix.Length..] };
                var file = builder.TryGetValue("Data Source", out var value) && value is string { Length: > 0 } named ? named : DuckDbPartialStore.DefaultFile;
                return await DuckDbPartialStore.OpenAsync(file, null, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is DbException or ArgumentException or InvalidOperationException or IOException)
        {
            throw new StoreUnavailableException($"The partial store cannot be opened: {ex.Message}", ex);
        }

        throw new StoreUnavailableException($"ConnectionStrings:{ConnectionName} starts with neither '{DuckDbPrefix}' nor '{PostgresPrefix}'.", null);
    }
}
