using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace ExecPlan.Build.Tests.EndToEnd;

/// <summary>What the packed ExecPlan.Build package holds: a build-only development dependency.</summary>
[Collection(SharedPackageFeed.Name)]
public sealed class PackageContentTests(PackageFeed feed)
{
    [Fact]
    public void The_package_holds_the_task_with_its_own_dependencies_and_the_build_files_but_no_lib_and_no_MSBuild()
    {
        using var package = ZipFile.OpenRead(Path.Combine(feed.Feed, $"ExecPlan.Build.{PackageFeed.Version}.nupkg"));
        var entries = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

        string[] expected =
        [
            "build/ExecPlan.Build.props",
            "build/ExecPlan.Build.targets",
            "buildMultiTargeting/ExecPlan.Build.props",
            "buildMultiTargeting/ExecPlan.Build.targets",
            "tasks/net8.0/ExecPlan.Build.dll",
            "tasks/net8.0/ExecPlan.Build.deps.json",
            "tasks/net8.0/ExecPlan.dll",
            "tasks/net8.0/Markdig.dll",
            "tasks/net8.0/YamlDotNet.dll",
            "tasks/net10.0/ExecPlan.Build.dll",
            "tasks/net10.0/ExecPlan.Build.deps.json",
            "tasks/net10.0/ExecPlan.dll",
            "tasks/net10.0/Markdig.dll",
            "tasks/net10.0/YamlDotNet.dll",
            "tasks/net10.0/linux-x64/ExecPlan.Build.dll",
            "tasks/net10.0/linux-x64/ExecPlan.Build.deps.json",
            "tasks/net10.0/linux-x64/ExecPlan.dll",
            "tasks/net10.0/linux-x64/Markdig.dll",
            "tasks/net10.0/linux-x64/YamlDotNet.dll",
        ];
        Assert.All(expected, path => Assert.Contains(path, entries));
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) || e.StartsWith("ref/", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => Path.GetFileName(e).StartsWith("Microsoft.Build", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => Path.GetFileName(e).StartsWith("Microsoft.NET.StringTools", StringComparison.Ordinal));
    }

    [Fact]
    public void The_linux_x64_task_and_every_assembly_beside_it_are_precompiled_and_the_portable_builds_are_not()
    {
        using var package = ZipFile.OpenRead(Path.Combine(feed.Feed, $"ExecPlan.Build.{PackageFeed.Version}.nupkg"));
        var assemblies = package.Entries.Where(e => e.FullName.StartsWith("tasks/", StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.Ordinal)).ToList();

        var precompiled = assemblies.Where(e => e.FullName.StartsWith("tasks/net10.0/linux-x64/", StringComparison.Ordinal)).ToList();
        Assert.Equal(["ExecPlan.Build.dll", "ExecPlan.dll", "Markdig.dll", "YamlDotNet.dll"], precompiled.Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.All(precompiled, entry => Assert.True(IsReadyToRun(entry), entry.FullName + " holds no ReadyToRun code"));
        Assert.All(assemblies.Except(precompiled), entry => Assert.False(IsReadyToRun(entry), entry.FullName + " holds ReadyToRun code"));
    }

    /// <summary>Whether the assembly holds precompiled code: a ReadyToRun image has a managed native header.</summary>
    private static bool IsReadyToRun(ZipArchiveEntry entry)
    {
        using var bytes = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(bytes);
        }

        bytes.Position = 0;
        using var reader = new PEReader(bytes);
        return reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
    }

    [Fact]
    public void The_package_is_a_development_dependency_without_dependencies()
    {
        using var package = ZipFile.OpenRead(Path.Combine(feed.Feed, $"ExecPlan.Build.{PackageFeed.Version}.nupkg"));
        using var nuspec = package.GetEntry("ExecPlan.Build.nuspec")!.Open();
        var metadata = XDocument.Load(nuspec).Root!.Elements().Single(e => e.Name.LocalName == "metadata");

        Assert.Equal("true", metadata.Elements().Single(e => e.Name.LocalName == "developmentDependency").Value);
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");
    }

    [Fact]
    public void The_package_holds_its_own_short_readme_not_the_repository_front_door()
    {
        using var package = ZipFile.OpenRead(Path.Combine(feed.Feed, $"ExecPlan.Build.{PackageFeed.Version}.nupkg"));
        using var nuspec = package.GetEntry("ExecPlan.Build.nuspec")!.Open();
        var metadata = XDocument.Load(nuspec).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        Assert.Equal("README.md", metadata.Elements().Single(e => e.Name.LocalName == "readme").Value);

        using var reader = new StreamReader(package.GetEntry("README.md")!.Open());
        var readme = reader.ReadToEnd();
        Assert.Equal(File.ReadAllText(TestRepository.PathOf("src", "ExecPlan.Build", "README.md")), readme);
        Assert.Contains("ExecPlanLintEnabled", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("<!-- rules:start -->", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("| EXP0001 |", readme, StringComparison.Ordinal);
        Assert.True(readme.Split('\n').Length < 80, "The package readme should be short: " + readme.Split('\n').Length + " lines");
    }
}
