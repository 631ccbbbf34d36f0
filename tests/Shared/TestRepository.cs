namespace ExecPlan.TestSupport;

/// <summary>Finds this repository from a test's output folder: the nearest folder above it holding ExecPlan.Build.sln.
/// Linked into every project under tests/ by tests/Directory.Build.props.</summary>
internal static class TestRepository
{
    /// <summary>The repository root.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The full path of a file or folder of the repository, given as its path parts below the root.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ExecPlan.Build.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the repository: ExecPlan.Build.sln was not found above " + AppContext.BaseDirectory);
    }
}
