namespace OrgLife.Storage.Tests;

/// <summary>
/// A test that needs the PostgreSQL server of <see cref="TestPostgres"/>: skipped when its variable is absent on a
/// developer's machine, never in CI (CI=true), where a missing server fails the test.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    /// <summary>Skips the test when no server is configured.</summary>
    public PostgresFactAttribute()
    {
        if (TestPostgres.ConnectionString is null && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = $"{TestPostgres.Variable} is not set (test.sh sets it and starts a server)";
        }
    }
}
