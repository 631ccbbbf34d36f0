namespace ExecPlan.Build.Tests.EndToEnd;

/// <summary>A throwaway repository that references the package: its own git root, nuget.config and .editorconfig.</summary>
internal sealed class ConsumerRepository
{
    private readonly PackageFeed feed;

    internal ConsumerRepository(string root, PackageFeed feed)
    {
        Root = root;
        this.feed = feed;
        Directory.CreateDirectory(root);
        Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed.Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        Write(".editorconfig", "root = true\n");
        Write("Directory.Build.props", "<Project />\n"); // Stops MSBuild from importing anything above the consumer.
        Write("Directory.Build.targets", "<Project />\n");
        var git = ChildProcess.Run("git", root, ["init", "-q"]);
        Assert.True(git.Succeeded, "git init failed:\n" + git);
    }

    /// <summary>The repository root.</summary>
    public string Root { get; }

    /// <summary>The full path of <paramref name="relativePath"/>.</summary>
    public string PathOf(string relativePath) => Path.GetFullPath(Path.Combine(Root, relativePath));

    /// <summary>Writes a file, creating its folder.</summary>
    public ConsumerRepository Write(string relativePath, string text)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return this;
    }

    /// <summary>Adds a console project at <paramref name="folder"/> referencing the package; <paramref name="extra"/> goes into its project file.</summary>
    public ConsumerRepository Project(string folder, string targetFrameworks = "net10.0", string extra = "")
    {
        var property = targetFrameworks.Contains(';', StringComparison.Ordinal) ? "TargetFrameworks" : "TargetFramework";
        Write($"{folder}/{folder}.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <{property}>{targetFrameworks}</{property}>
                <OutputType>Library</OutputType>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ExecPlan.Build" Version="{PackageFeed.Version}" PrivateAssets="all" />
              </ItemGroup>
              {extra}
            </Project>
            """);
        return Write($"{folder}/Code.cs", "namespace Consumer;\n\npublic static class Code\n{\n}\n");
    }

    /// <summary>Runs `dotnet build` on <paramref name="folder"/> with the extra <paramref name="arguments"/>.</summary>
    public BuildOutput Build(string folder, params string[] arguments) => BuildOutput.Of(ChildProcess.Dotnet(
        Root,
        ["build", PathOf(folder), "-nodeReuse:false", "-tl:off", .. arguments],
        new Dictionary<string, string?> { ["NUGET_PACKAGES"] = feed.Packages },
        PackageFeed.Timeout));
}
