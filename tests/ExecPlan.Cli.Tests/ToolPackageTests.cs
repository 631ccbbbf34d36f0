using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace ExecPlan.Cli.Tests;

/// <summary>
/// The packed ExecPlan.Cli tool packages: the framework-dependent one carries its own short readme, not the repository's front
/// door; the RID-specific ones (`ExecPlanNative`) are named by the pointer package, and the precompiled ones hold code for their
/// own platform, started by `dotnet`.
/// </summary>
public sealed class ToolPackageTests
{
    // The pointer names a package per runtime identifier: the NativeAOT one, the precompiled ones, the framework-dependent fallback.
    private static readonly string[] Runtimes = ["linux-x64", "linux-arm64", "osx-arm64", "osx-x64", "win-x64", "any"];

    [Fact]
    public void A_precompiled_package_holds_code_for_its_own_platform_and_the_pointer_names_every_package()
    {
        using var run = new TempFolder();
        var feed = run.Folder("feed");
        var project = TestRepository.PathOf("src", "ExecPlan.Cli", "ExecPlan.Cli.csproj");
        string[] common = ["pack", project, "-c", "Release", "-o", feed, "-nodeReuse:false", "-tl:off", "-p:ExecPlanNative=true", "-p:UseArtifactsOutput=true", "-p:ArtifactsPath=" + run.Combine("artifacts")];
        var pointer = ChildProcess.Dotnet(TestRepository.Root, common);
        Assert.True(pointer.Succeeded, "dotnet pack (the pointer) failed:\n" + pointer);
        var precompiled = ChildProcess.Dotnet(TestRepository.Root, [.. common, "-p:ExecPlanPackRuntime=osx-arm64"]);
        Assert.True(precompiled.Succeeded, "dotnet pack -p:ExecPlanPackRuntime=osx-arm64 failed:\n" + precompiled);

        using (var package = ZipFile.OpenRead(Directory.GetFiles(feed, "ExecPlan.Cli.*.nupkg").Single(f => char.IsAsciiDigit(Path.GetFileName(f)["ExecPlan.Cli.".Length]))))
        {
            var settings = Settings(package, "tools/any/any/DotnetToolSettings.xml");
            var named = settings.Descendants("RuntimeIdentifierPackage").Select(p => ((string)p.Attribute("RuntimeIdentifier")!, (string)p.Attribute("Id")!));
            Assert.Equal(Runtimes.Select(r => (r, "ExecPlan.Cli." + r)), named);
        }

        using (var package = ZipFile.OpenRead(Directory.GetFiles(feed, "ExecPlan.Cli.osx-arm64.*.nupkg").Single()))
        {
            var command = Settings(package, "tools/net10.0/osx-arm64/DotnetToolSettings.xml").Descendants("Command").Single();
            Assert.Equal(("execplan", "ExecPlan.Cli.dll", "dotnet"), ((string)command.Attribute("Name")!, (string)command.Attribute("EntryPoint")!, (string)command.Attribute("Runner")!));

            // Every assembly (not the satellite resources) is ReadyToRun code for macOS on Arm64: crossgen2 marks a non-Windows
            // image's machine with its OS (Arm64 0xAA64 exclusive-or Apple's 0x4644).
            var assemblies = package.Entries.Where(e => e.FullName.StartsWith("tools/net10.0/osx-arm64/", StringComparison.Ordinal) && e.FullName.Count(c => c == '/') == 3 && e.Name.EndsWith(".dll", StringComparison.Ordinal)).ToList();
            Assert.Contains(assemblies, e => e.Name == "ExecPlan.dll");
            Assert.Contains(assemblies, e => e.Name == "Markdig.dll");
            Assert.DoesNotContain(package.Entries, e => e.Name is "ExecPlan.Cli" or "ExecPlan.Cli.exe" or "libclrjit.dylib");
            Assert.All(assemblies, entry =>
            {
                var (machine, precompiledCode) = Image(entry);
                Assert.True(precompiledCode, entry.Name + " holds no ReadyToRun code");
                Assert.Equal(0xAA64 ^ 0x4644, machine);
            });
        }
    }

    private static XDocument Settings(ZipArchive package, string path)
    {
        using var stream = package.GetEntry(path)!.Open();
        return XDocument.Load(stream);
    }

    // The image's machine field and whether it holds precompiled code (a ReadyToRun image has a managed native header).
    private static (int Machine, bool ReadyToRun) Image(ZipArchiveEntry entry)
    {
        using var bytes = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(bytes);
        }

        bytes.Position = 0;
        using var reader = new PEReader(bytes);
        return ((int)reader.PEHeaders.CoffHeader.Machine, reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0);
    }

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
