namespace OrgLife.Json;

/// <summary>Raised inside the mapper when a value cannot become part of a domain record; caught by <see cref="RecordReader"/>.</summary>
internal sealed class RecordFormatException(string path, string detail) : Exception($"{path}: {detail}")
{
    /// <summary>The JSON path of the offending value.</summary>
    public string Path { get; } = path;

    /// <summary>What was wrong.</summary>
    public string Detail { get; } = detail;
}
