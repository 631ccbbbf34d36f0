namespace ExecPlan.SchemaGenerator.Tests;

/// <summary>Finds files of the source tree from the test binaries, so tests read the real schema and engine sources.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = TestRepository.Root;

    public static string SchemaPath => Path.Combine(Root, "schema", "execplan.schema.yaml");

    /// <summary>The real Cookbook schema (the test one, <see cref="CookbookSchemaPath"/>, is a tiny stand-in of the same name).</summary>
    public static string RealCookbookSchemaPath => Path.Combine(Root, "schema", "cookbook.schema.yaml");

    public static string TestsFolder => Path.Combine(Root, "tests", "ExecPlan.SchemaGenerator.Tests");

    public static string CookbookSchemaPath => Path.Combine(TestsFolder, "Schemas", "cookbook.schema.yaml");
}
