namespace ExecPlan.SchemaGenerator.Tests;

/// <summary>Finds files of the source tree from the test binaries, so tests read the real schema and engine sources.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string SchemaPath => Path.Combine(Root, "schema", "execplan.schema.yaml");

    public static string TestsFolder => Path.Combine(Root, "tests", "ExecPlan.SchemaGenerator.Tests");

    public static string SnapshotsFolder => Path.Combine(TestsFolder, "Snapshots");

    public static string CookbookSchemaPath => Path.Combine(TestsFolder, "Schemas", "cookbook.schema.yaml");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ExecPlan.Build.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("ExecPlan.Build.sln not found above " + AppContext.BaseDirectory);
    }
}
