namespace OrgLife.Cli.Commands;

/// <summary>How a command prints its result.</summary>
internal enum OutputFormat
{
    /// <summary>Aligned tables for a terminal.</summary>
    Text = 0,

    /// <summary>JSON of the documented, stable shape (docs/record-format.md, "Output").</summary>
    Json = 1,
}
