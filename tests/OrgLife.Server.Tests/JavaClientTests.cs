using System.Diagnostics;

namespace OrgLife.Server.Tests;

/// <summary>
/// A Java vendor's client (tests/java-client/OrgLifeClient.java, the JDK's HttpClient only) compiled with javac and run
/// against the service on a loopback port: it finds its operations in the OpenAPI document, reads the catalogue,
/// validates the example record and gets a problem for a truncated one.
/// </summary>
[Collection(LoopbackCollection.Name)]
public sealed class JavaClientTests(LoopbackServer server)
{
    [JavaFact]
    public async Task The_Java_client_integrates_as_the_OpenAPI_contract_describes()
    {
        var classes = Directory.CreateTempSubdirectory("orglife-java-client-");
        try
        {
            var source = Path.Combine(AppContext.BaseDirectory, "java-client", "OrgLifeClient.java");
            var (compiled, compileOutput) = await RunAsync(Jdk.Javac!, "-encoding", "UTF-8", "-d", classes.FullName, source);
            Assert.True(compiled == 0, compileOutput);
            var (exit, output) = await RunAsync(Jdk.Java!, "-cp", classes.FullName, "OrgLifeClient", server.Address.ToString());
            Assert.True(exit == 0, output);
            Assert.Contains("all checks passed", output, StringComparison.Ordinal);
        }
        finally
        {
            classes.Delete(recursive: true);
        }
    }

    private static async Task<(int Exit, string Output)> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
