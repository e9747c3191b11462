namespace OrgLife.Cli.Commands;

/// <summary>The tool's exit codes, the same for every command.</summary>
internal static class ExitCodes
{
    /// <summary>Done; no error finding.</summary>
    public const int Success = 0;

    /// <summary>Done; at least one error finding.</summary>
    public const int ErrorsFound = 1;

    /// <summary>Bad input (a document that cannot be read) or bad usage; the message is on stderr.</summary>
    public const int BadInput = 2;

    /// <summary>Stopped by Ctrl+C before the work was done; what a store received in the stopped transaction is not kept.</summary>
    public const int Cancelled = 130;
}
