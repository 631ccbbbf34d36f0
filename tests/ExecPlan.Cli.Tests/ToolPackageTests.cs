using System.IO.Compression;

namespace ExecPlan.Cli.Tests;

/// <summary>The packed ExecPlan.Cli tool package carries its own short readme, not the repository's front door.</summary>
public sealed class ToolPackageTests
{
    [Fact]
    public void The_tool_package_holds_its_own_short_readme()
    {
        using var run = new TempFolder();
        var feed = run.Folder("feed");
        var project = TestRepository.PathOf("src", "ExecPlan.Cli", "ExecPlan.Cli.csproj");
        // Its own artifacts folder, so the pack cannot collide with the build that runs these tests.
        var pack = ChildProcess.Dotnet(TestRepository.Root, ["pack", project, "-c", "Release", "-o", feed, "-nodeReuse:false", "-tl:off", "-p:UseArtifactsOutput=true", "-p:ArtifactsPath=" + run.Combine("artifacts")]);
        Assert.True(pack.Succeeded, "dotnet pack failed:\n" + pack);

        using var package = ZipFile.OpenRead(Directory.GetFiles(feed, "ExecPlan.Cli.*.nupkg").Single());
        using var nuspec = new StreamReader(package.GetEntry("ExecPlan.Cli.nuspec")!.Open());
        Assert.Contains("<readme>README.md</readme>", nuspec.ReadToEnd(), StringComparison.Ordinal);

        using var reader = new StreamReader(package.GetEntry("README.md")!.Open());
        var readme = reader.ReadToEnd();
        Assert.Equal(File.ReadAllText(TestRepository.PathOf("src", "ExecPlan.Cli", "README.md")), readme);
        Assert.Contains("dotnet tool install", readme, StringComparison.Ordinal);
        Assert.DoesNotContain(RuleReference.StartMarker, readme, StringComparison.Ordinal);
        Assert.DoesNotContain("| EXP0001 |", readme, StringComparison.Ordinal);
        Assert.True(readme.Split('\n').Length < 80, "The package readme should be short: " + readme.Split('\n').Length + " lines");
    }
}
