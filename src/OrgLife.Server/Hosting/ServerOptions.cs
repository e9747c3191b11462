namespace OrgLife.Server.Hosting;

/// <summary>
/// The service's limits, bound from the <c>OrgLife:Server</c> section of appsettings.json or the environment
/// (<c>OrgLife__Server__RecordBodyLimit=...</c>); docs/server.md lists them with their defaults.
/// </summary>
public sealed class ServerOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "OrgLife:Server";

    /// <summary>The largest body of one record (validate, schedule), in bytes; 4 MiB by default.</summary>
    public long RecordBodyLimit { get; set; } = 4L << 20;

    /// <summary>The largest JSON Lines batch, in bytes; 64 MiB by default.</summary>
    public long BatchBodyLimit { get; set; } = 64L << 20;

    /// <summary>The largest ballot sheet (CSV or xlsx), in bytes; 32 MiB by default.</summary>
    public long BallotBodyLimit { get; set; } = 32L << 20;

    /// <summary>The largest partial-tally upload (JSON or Parquet), in bytes; 64 MiB by default.</summary>
    public long PartialBodyLimit { get; set; } = 64L << 20;

    /// <summary>How long a request may run before it is cancelled with 504, in seconds; 30 by default.</summary>
    public int RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>How long a batch or a roll-up may run, in seconds; 300 by default.</summary>
    public int BatchTimeoutSeconds { get; set; } = 300;
}
