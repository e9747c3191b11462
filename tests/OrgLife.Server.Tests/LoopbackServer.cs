namespace OrgLife.Server.Tests;

/// <summary>
/// The service on a real loopback port (Kestrel, as <c>dotnet run</c> serves it), shared by the tests that need a
/// socket: Kestrel's body limits (the in-memory test server has none), the browser and the Java client.
/// </summary>
public sealed class LoopbackServer : IDisposable
{
    private readonly ServerFactory factory = new();

    /// <summary>Starts the service.</summary>
    public LoopbackServer()
    {
        Address = factory.StartOnLoopback();
    }

    /// <summary>The service's address, e.g. http://127.0.0.1:43117/.</summary>
    public Uri Address { get; }

    /// <summary>A client of the service over the socket.</summary>
    public HttpClient Client() => new() { BaseAddress = Address };

    /// <inheritdoc/>
    public void Dispose() => factory.Dispose();
}

/// <summary>The tests sharing one <see cref="LoopbackServer"/>.</summary>
[CollectionDefinition(Name)]
public sealed class LoopbackCollection : ICollectionFixture<LoopbackServer>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "loopback";
}
