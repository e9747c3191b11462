namespace OrgLife.Cli.Tests.Support;

/// <summary>A temporary folder for one test class's input files, deleted afterwards.</summary>
public sealed class TempFiles : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("orglife-cli-tests-").FullName;

    /// <summary>Writes <paramref name="content"/> to a new file named <paramref name="name"/> and returns its path.</summary>
    public string Write(string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>A path in the folder where no file exists.</summary>
    public string Missing(string name) => Path.Combine(folder, name);

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
