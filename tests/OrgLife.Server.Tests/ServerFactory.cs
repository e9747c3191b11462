using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace OrgLife.Server.Tests;

/// <summary>
/// The service in-process, with its own DuckDB store file in a temporary folder (deleted on dispose) and small body
/// limits so the 413 tests send kilobytes, not megabytes. <see cref="StartOnLoopback"/> serves it on a real port for the
/// browser and the Java client.
/// </summary>
public sealed class ServerFactory : WebApplicationFactory<Program>
{
    /// <summary>The record limit the tests configure (the default is 4 MiB).</summary>
    public const long RecordLimit = 256 * 1024;

    /// <summary>The partial-tally limit the tests configure.</summary>
    public const long PartialLimit = 64 * 1024;

    private readonly string folder = Directory.CreateTempSubdirectory("orglife-server-tests-").FullName;

    /// <summary>Serves the service on a free loopback port (Kestrel) and returns its address.</summary>
    public Uri StartOnLoopback()
    {
        UseKestrel();
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.EndsWith('/') ? address : address + "/");
    }

    /// <inheritdoc/>
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:PartialStore", $"DuckDB:Data Source={Path.Combine(folder, "partials.duckdb")}");
        builder.UseSetting("OrgLife:Server:RecordBodyLimit", RecordLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("OrgLife:Server:PartialBodyLimit", PartialLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Urls", "http://127.0.0.1:0");
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A store file still closing; the temporary folder is the system's to clean.
        }
    }
}
