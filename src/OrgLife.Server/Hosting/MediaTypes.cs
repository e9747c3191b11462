namespace OrgLife.Server.Hosting;

/// <summary>The media types the service reads and writes.</summary>
internal static class MediaTypes
{
    public const string Json = "application/json";
    public const string JsonLines = "application/x-ndjson";
    public const string JsonLinesAlternative = "application/jsonl";
    public const string Csv = "text/csv";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Parquet = "application/vnd.apache.parquet";
    public const string Calendar = "text/calendar";
    public const string Problem = "application/problem+json";

    /// <summary>A multipart form: the tally's sheet with a posted ballot form.</summary>
    public const string FormData = "multipart/form-data";
}
