namespace OrgLife.Server;

/// <summary>The service's entry point: <c>dotnet run --project src/OrgLife.Server</c> serves on http://127.0.0.1:5080.</summary>
public sealed class Program
{
    private Program()
    {
    }

    /// <summary>Builds and runs the service until it is stopped (Ctrl+C, SIGTERM).</summary>
    /// <param name="args">Configuration overrides (<c>--urls</c>, <c>--ConnectionStrings:PartialStore=...</c>).</param>
    public static Task Main(string[] args) => ServerApplication.Build(args).RunAsync();
}
