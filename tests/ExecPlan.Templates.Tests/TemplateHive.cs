namespace ExecPlan.Templates.Tests;

/// <summary>The templates package, packed once per test run into a temp folder and installed into a custom hive.</summary>
public sealed class TemplateHive : IDisposable
{
    // Plans written by `dotnet new` name their owner after the user; a test may override or remove these.
    private static readonly Dictionary<string, string?> User = new(StringComparer.Ordinal) { ["USER"] = "test-user", ["USERNAME"] = null };

    private readonly TempFolder folder = new();

    public TemplateHive()
        : this(BuildInfo.RepoRoot, ["--no-build", "-c", BuildInfo.Configuration])
    {
    }

    /// <summary>Packs the templates project of the repository at <paramref name="repoRoot"/> and installs the package.</summary>
    internal TemplateHive(string repoRoot, IEnumerable<string> packArguments)
    {
        var project = Path.Combine(repoRoot, "src", "ExecPlan.Templates", "ExecPlan.Templates.csproj");
        var feed = folder.Combine("feed");
        var pack = Dotnet(repoRoot, ["pack", project, "-o", feed, "-nodeReuse:false", .. packArguments]);
        Assert.True(pack.ExitCode == 0, "dotnet pack failed: " + pack);
        Package = Directory.GetFiles(feed, "ExecPlan.Templates.*.nupkg").Single();
        var install = Dotnet(folder.Path, ["new", "install", Package, .. HiveArguments]);
        Assert.True(install.ExitCode == 0, "dotnet new install failed: " + install);
    }

    /// <summary>The packed .nupkg.</summary>
    public string Package { get; }

    private string HivePath => folder.Combine("hive");

    private string[] HiveArguments => ["--debug:custom-hive", HivePath];

    /// <summary>Runs `dotnet new <paramref name="arguments"/>` in <paramref name="workingDirectory"/> against this hive.</summary>
    internal CommandResult New(string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null) =>
        Dotnet(workingDirectory, ["new", .. arguments, .. HiveArguments], environment);

    private static CommandResult Dotnet(string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var variables = new Dictionary<string, string?>(User, StringComparer.Ordinal);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            variables[name] = value;
        }

        return ChildProcess.Dotnet(workingDirectory, arguments, variables);
    }

    public void Dispose() => folder.Dispose();
}

/// <summary>The tests that share one packed and installed templates package; they run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class SharedTemplateHive : ICollectionFixture<TemplateHive>
{
    public const string Name = "template hive";
}
