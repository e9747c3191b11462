namespace OrgLife.Server.Hosting;

/// <summary>The names of the request-timeout policies (<see cref="ServerOptions"/> gives their lengths).</summary>
internal static class TimeoutPolicies
{
    /// <summary>Batches and roll-ups, which may run for minutes.</summary>
    public const string Long = "long";
}
