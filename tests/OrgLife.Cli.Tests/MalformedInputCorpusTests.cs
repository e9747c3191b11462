using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace OrgLife.Cli.Tests;

/// <summary>
/// Runs every case of the malformed-input corpus (tests/corpus/&lt;area&gt;/&lt;case&gt;.case.json, see
/// tests/corpus/README.md) through the real tool in its own process, so a crash (exit 134, a stack overflow)
/// fails the case instead of the test host.
/// </summary>
public sealed class MalformedInputCorpusTests
{
    private static readonly string CorpusFolder = Path.Combine(AppContext.BaseDirectory, "corpus");
    private static readonly TimeSpan CaseTimeLimit = TimeSpan.FromMinutes(1);

    /// <summary>Every case file, as a path relative to the corpus folder.</summary>
    public static TheoryData<string> Cases() => [.. CaseFiles()];

    private static IEnumerable<string> CaseFiles() =>
        Directory.EnumerateFiles(CorpusFolder, "*.case.json", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(CorpusFolder, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_corpus_case_ends_as_its_file_expects(string caseFile)
    {
        var path = Path.Combine(CorpusFolder, caseFile);
        var folder = Path.GetDirectoryName(path)!;
        var expected = CorpusCase.Read(path);

        var result = await RunToolAsync(expected.Args.Select(a => a.Replace("{dir}", folder, StringComparison.Ordinal)), expected.Stdin is { } stdin ? Path.Combine(folder, stdin) : null);

        var context = $"{caseFile} ({expected.Description})\nexit {result.ExitCode}\nstdout:\n{Tail(result.Stdout)}\nstderr:\n{Tail(result.Stderr)}";
        Assert.True(expected.ExitCode == result.ExitCode, $"expected exit {expected.ExitCode}: {context}");
        Assert.False(result.Stderr.Contains("   at ", StringComparison.Ordinal) || result.Stderr.Contains("Unhandled exception", StringComparison.Ordinal), $"a stack trace: {context}");
        foreach (var fragment in expected.StdoutContains)
        {
            Assert.True(result.Stdout.Contains(fragment, StringComparison.Ordinal), $"stdout lacks \"{fragment}\": {context}");
        }

        foreach (var fragment in expected.StderrContains)
        {
            Assert.True(result.Stderr.Contains(fragment, StringComparison.Ordinal), $"stderr lacks \"{fragment}\": {context}");
        }

        foreach (var fragment in expected.StdoutNotContains)
        {
            Assert.False(result.Stdout.Contains(fragment, StringComparison.Ordinal), $"stdout has \"{fragment}\": {context}");
        }

        foreach (var fragment in expected.StderrNotContains)
        {
            Assert.False(result.Stderr.Contains(fragment, StringComparison.Ordinal), $"stderr has \"{fragment}\": {context}");
        }
    }

    [Fact]
    public void Every_corpus_case_names_input_files_that_exist()
    {
        var cases = CaseFiles().ToList();
        Assert.NotEmpty(cases);
        foreach (var caseFile in cases)
        {
            var path = Path.Combine(CorpusFolder, caseFile);
            var folder = Path.GetDirectoryName(path)!;
            var expected = CorpusCase.Read(path);
            Assert.False(string.IsNullOrWhiteSpace(expected.Description), $"{caseFile}: no description");
            foreach (var argument in expected.Args.Where(a => a.StartsWith("{dir}/", StringComparison.Ordinal)))
            {
                var input = Path.Combine(folder, argument["{dir}/".Length..]);
                Assert.True(File.Exists(input) || expected.Args.Contains("--out") || argument.Contains("missing", StringComparison.Ordinal), $"{caseFile}: no file {input}");
            }

            if (expected.Stdin is { } stdin)
            {
                Assert.True(File.Exists(Path.Combine(folder, stdin)), $"{caseFile}: no stdin file {stdin}");
            }
        }
    }

    private static string Tail(string text) => text.Length <= 2_000 ? text : "…" + text[^2_000..];

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunToolAsync(IEnumerable<string> args, string? stdinFile)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "orglife.dll"));
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("the tool did not start");
        using var timeout = new CancellationTokenSource(CaseTimeLimit);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        if (stdinFile is not null)
        {
            await using var input = File.OpenRead(stdinFile);
            await input.CopyToAsync(process.StandardInput.BaseStream, timeout.Token);
        }

        process.StandardInput.Close();
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the tool ran longer than {CaseTimeLimit}");
        }

        return (process.ExitCode, await stdout, await stderr);
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>One case file: what to run and what must come out.</summary>
    private sealed record CorpusCase(
        string Description, IReadOnlyList<string> Args, string? Stdin, int ExitCode,
        IReadOnlyList<string> StdoutContains, IReadOnlyList<string> StderrContains,
        IReadOnlyList<string> StdoutNotContains, IReadOnlyList<string> StderrNotContains)
    {
        public static CorpusCase Read(string path)
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            return new CorpusCase(
                root.GetProperty("description").GetString() ?? "",
                Strings(root, "args"),
                root.TryGetProperty("stdin", out var stdin) ? stdin.GetString() : null,
                root.GetProperty("exitCode").GetInt32(),
                Strings(root, "stdoutContains"),
                Strings(root, "stderrContains"),
                Strings(root, "stdoutNotContains"),
                Strings(root, "stderrNotContains"));
        }

        private static string[] Strings(JsonElement root, string name) =>
            root.TryGetProperty(name, out var array) ? [.. array.EnumerateArray().Select(e => e.GetString() ?? "")] : [];
    }
}
