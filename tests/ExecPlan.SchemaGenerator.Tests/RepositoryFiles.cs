using ExecPlan.TestSupport;
namespace ExecPlan.SchemaGenerator.Tests;

/// <summary>Finds files of the source tree from the test binaries, so tests read the real schema and engine sources.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = TestRepository.Root;

    public static string SchemaPath => Path.Combine(Root, "schema", "execplan.schema.yaml");

    public static string TestsFolder => Path.Combine(Root, "tests", "ExecPlan.SchemaGenerator.Tests");

    public static string SnapshotsFolder => Path.Combine(TestsFolder, "Snapshots");

    public static string CookbookSchemaPath => Path.Combine(TestsFolder, "Schemas", "cookbook.schema.yaml");
}
