using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;

namespace OrgLife.ServerLoad;

/// <summary>
/// Validations per second over loopback: <c>--url URL --clients N --seconds S [--warmup S]</c>. Fetches the demo record
/// from the service, then N clients (one connection each) post it to <c>/api/validate</c> back to back for S seconds
/// after a warm-up; prints requests, errors, validations per second and latency percentiles.
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        var options = Options.Parse(args);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { BaseAddress = options.Url, Timeout = TimeSpan.FromSeconds(30) };
        var record = await http.GetByteArrayAsync("api/demo/record");
        var path = "api/validate?policy=collection&asOf=2027-01-10";

        await RunAsync(http, path, record, options.Clients, TimeSpan.FromSeconds(options.Warmup));
        var run = await RunAsync(http, path, record, options.Clients, TimeSpan.FromSeconds(options.Seconds));
        var latencies = run.Latencies.Order().ToArray();
        double Percentile(double p) => latencies.Length == 0 ? double.NaN : latencies[Math.Min(latencies.Length - 1, (int)(p * latencies.Length))] * 1000.0 / Stopwatch.Frequency;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"clients {options.Clients} · {run.Elapsed.TotalSeconds:F1} s · {run.Requests} validations · {run.Errors} errors · {run.Requests / run.Elapsed.TotalSeconds:F0} validations/s · latency p50 {Percentile(0.50):F2} ms, p99 {Percentile(0.99):F2} ms · record {record.Length} bytes"));
        return run.Errors == 0 ? 0 : 1;
    }

    private static async Task<Run> RunAsync(HttpClient http, string path, byte[] record, int clients, TimeSpan duration)
    {
        var stop = Stopwatch.StartNew();
        var results = await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<long>();
            var errors = 0;
            while (stop.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                using var content = new ByteArrayContent(record);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var response = await http.PostAsync(path, content);
                await response.Content.CopyToAsync(Stream.Null);
                if (response.IsSuccessStatusCode)
                {
                    latencies.Add(Stopwatch.GetTimestamp() - started);
                }
                else
                {
                    errors++;
                }
            }

            return (latencies, errors);
        })));
        return new Run(stop.Elapsed, [.. results.SelectMany(r => r.latencies)], results.Sum(r => r.errors));
    }

    private sealed record Run(TimeSpan Elapsed, List<long> Latencies, int Errors)
    {
        public int Requests => Latencies.Count;
    }

    private sealed record Options(Uri Url, int Clients, int Seconds, int Warmup)
    {
        public static Options Parse(string[] args)
        {
            string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
            int Number(string name, int fallback, int max) => Value(name) is { } text && int.TryParse(text, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= max ? n : fallback;
            var url = Value("--url") ?? "http://127.0.0.1:5080/";
            return new Options(new Uri(url.EndsWith('/') ? url : url + "/"), Number("--clients", 8, 1024), Number("--seconds", 10, 600), Number("--warmup", 2, 60));
        }
    }
}
