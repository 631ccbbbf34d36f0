namespace ExecPlan.Build.Tests.EndToEnd;

/// <summary>Packs ExecPlan.Build once per test run into a local feed, with an isolated NuGet package folder for the consumers.</summary>
public sealed class PackageFeed : IDisposable
{
    /// <summary>The package version every consumer references (the repository's version).</summary>
    public const string Version = "0.1.0";

    /// <summary>How long one dotnet command of these tests may run.</summary>
    internal static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private readonly TempFolder run = new();

    public PackageFeed()
    {
        Directory.CreateDirectory(Feed);
        var project = Path.Combine(RepositoryRoot, "src", "ExecPlan.Build", "ExecPlan.Build.csproj");
        // The pack builds into this run's own artifacts folder, never the repository's obj/ and bin/, so it cannot
        // collide with the build that runs the tests or with another test project packing at the same time.
        var artifacts = Path.Combine(RunDirectory, "artifacts");
        var pack = ChildProcess.Dotnet(RepositoryRoot, ["pack", project, "-c", "Release", "-o", Feed, "-nodeReuse:false", "-tl:off", "-p:UseArtifactsOutput=true", "-p:ArtifactsPath=" + artifacts], timeout: Timeout);
        Assert.True(pack.Succeeded, "dotnet pack failed:\n" + pack);
        Assert.True(File.Exists(Path.Combine(Feed, $"ExecPlan.Build.{Version}.nupkg")), "No package was produced:\n" + pack);
    }

    /// <summary>This run's folder: feed, packages and consumers.</summary>
    public string RunDirectory => run.Path;

    /// <summary>The local feed holding the fresh package.</summary>
    public string Feed => Path.Combine(RunDirectory, "feed");

    /// <summary>The NUGET_PACKAGES of every consumer in this run (one package version, so sharing is safe).</summary>
    public string Packages => Path.Combine(RunDirectory, "packages");

    /// <summary>The ExecPlan.Build repository (the folder holding ExecPlan.Build.sln).</summary>
    public static string RepositoryRoot { get; } = TestRepository.Root;

    /// <summary>Creates an empty consumer repository named <paramref name="name"/>.</summary>
    internal ConsumerRepository NewConsumer(string name) => new(Path.Combine(RunDirectory, name), this);

    public void Dispose() => run.Dispose();
}

/// <summary>The end-to-end tests share one packed feed.</summary>
[CollectionDefinition(Name)]
public sealed class SharedPackageFeed : ICollectionFixture<PackageFeed>
{
    public const string Name = "ExecPlan.Build package";
}
