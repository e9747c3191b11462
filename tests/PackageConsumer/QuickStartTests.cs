using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using OrgLife.Branches;
using OrgLife.Findings;
using OrgLife.Grades;
using OrgLife.Meetings;
using OrgLife.Members;
using OrgLife.Records;
using OrgLife.Rules;
using OrgLife.Rules.Policies;
using OrgLife.Tally.Box;
using OrgLife.Tally.Forms;

namespace OrgLife.PackageConsumer.Tests;

/// <summary>
/// The README's quick start, compiled and run against the packed libraries: the README shows the
/// code between the markers below, and a test checks the two are the same text, so the docs cannot rot.
/// </summary>
public sealed partial class QuickStartTests
{
    [Fact]
    public void The_quick_start_validates_a_record_and_tallies_ballots()
    {
        var (report, tally) = QuickStart();

        Assert.Equal(RuleOutcome.Passed, report.ResultFor(new RuleId("OL201")).Outcome);
        Assert.Equal(RuleOutcome.NotEvaluated, report.ResultFor(new RuleId("OL101")).Outcome);
        Assert.Equal(3, tally.Accepted);
        Assert.Equal(Grade.Qualified, tally.Candidates.Single(c => c.Candidate.Value == "m2").SuggestedGrade);
    }

    [Fact]
    public void The_README_shows_exactly_the_compiled_quick_start()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");
        var source = File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "PackageConsumer", "QuickStartTests.cs")).ReplaceLineEndings("\n");

        // The README's block starts with its usings (it is a whole Program.cs); the code after them is the code run here.
        var block = Regex.Match(readme, "<!-- quick-start -->\n```csharp\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        var shown = Regex.Replace(block, "\\A(using [^\n]*\n)+\n", string.Empty);
        var compiled = Regex.Match(source, "// quick-start:begin\n(.*?)        // quick-start:end", RegexOptions.Singleline).Groups[1].Value;
        var unindented = string.Concat(compiled.Split('\n').Select(line => (line.Length >= 8 ? line[8..] : line.TrimStart()) + "\n"))[..^1];

        Assert.NotEmpty(shown);
        Assert.Equal(unindented, shown);
    }

    [Fact]
    public void The_README_quick_start_builds_and_runs_as_a_program_against_the_packages()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");
        var block = Regex.Match(readme, "<!-- quick-start -->\n```csharp\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        Assert.StartsWith("using ", block, StringComparison.Ordinal);

        // Inside the repository, so its nuget.config (the folder feed of the packed libraries) applies.
        var project = Path.Combine(RepositoryRoot(), "artifacts", "readme-quick-start");
        if (Directory.Exists(project))
        {
            Directory.Delete(project, recursive: true);
        }

        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "Program.cs"), block);
        File.WriteAllText(Path.Combine(project, "QuickStart.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <RestorePackagesPath>{Path.Combine(RepositoryRoot(), "artifacts", "consumer-packages")}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="OrgLife.Rules" Version="{PackagedBuild.Version}" />
                <PackageReference Include="OrgLife.Tally" Version="{PackagedBuild.Version}" />
              </ItemGroup>
            </Project>
            """);
        // Apart from the repository's build settings (central versions, analyzers): a vendor's project has none of them.
        File.WriteAllText(Path.Combine(project, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(project, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(project, "Directory.Packages.props"), "<Project />");

        var (build, buildOutput) = Dotnet(project, "build", "-c", "Release", "-nodeReuse:false", "-o", Path.Combine(project, "out"));
        Assert.True(build == 0, buildOutput);
        var (run, runOutput) = Dotnet(project, Path.Combine(project, "out", "QuickStart.dll"));
        Assert.True(run == 0, runOutput);
    }

    private static (int ExitCode, string Output) Dotnet(string directory, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's MSBuild settings would leak into the child build.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }

    private static (ValidationReport Report, OrgLife.Tally.Reports.AssessmentReport Tally) QuickStart()
    {
        // quick-start:begin
        // A branch of three full members and one probationary member (预备党员), m1 the secretary.
        Member Full(string id, BranchRoles roles = BranchRoles.None) => new() { Id = id, Name = id, Roles = roles };
        var branch = new Branch("b1", "红旗村党支部", BranchKind.Village, hasCommittee: false,
        [
            Full("m1", BranchRoles.Secretary), Full("m2"), Full("m3"),
            new Member { Id = "m4", Name = "m4", Status = MembershipStatus.Probationary },
        ]);

        // Whatever the vendor recorded; missing parts make their rules "not evaluated", never "passed".
        var record = new BranchRecord
        {
            Branch = branch,
            Meeting = new Meeting
            {
                Kind = MeetingKind.OrganizationalLife,
                Form = MeetingForm.GeneralMeeting,
                Date = new LocalDate(2026, 12, 15),
                Attendance = [.. branch.Members.Select(m => new AttendanceEntry { MemberId = m.Id, Present = m.Id != "m3" })],
            },
        };

        // Validate under the national policy as of an explicit date, messages in Chinese.
        var report = new OrgLifeValidator().Validate(record, PolicyPresets.National, new LocalDate(2027, 1, 10), CultureInfo.GetCultureInfo("zh-CN"));
        foreach (var finding in report.FindingsAtLeast(Severity.Warning))
        {
            Console.WriteLine($"{finding.RuleId} {finding.Severity}: {finding.Message}");
        }

        // Tally the 民主测评 ballots: the four-grade form; m4's marks are ignored (OL404).
        var box = new BallotBox(BallotForms.FourGrades, AssessmentCandidates.FromRoster(branch.Members), issued: 3);
        box.Submit(new Ballot("001", null, [Mark.Of("m1", null, "优秀"), Mark.Of("m2", null, "合格"), Mark.Of("m4", null, "优秀")]));
        box.Submit(new Ballot("002", null, [Mark.Of("m1", null, "合格"), Mark.Of("m2", null, "合格"), Mark.Of("m3", null, "基本合格")]));
        box.Submit(new Ballot("003", null, [Mark.Of("m1", null, "优秀"), Mark.Of("m2", null, "优秀")]));
        var tally = box.Report();
        // quick-start:end
        return (report, tally);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OrgLife.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("OrgLife.sln not found above the test assembly.");
    }
}
