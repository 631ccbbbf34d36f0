using ExecPlan.Secrets;

namespace ExecPlan.Tests.Content.Secrets;

/// <summary>The repository never holds a scannable secret: test fakes are assembled at run time.</summary>
public class RepositorySecretsTests
{
    [Fact]
    public void Sources_schema_and_these_tests_hold_no_secret()
    {
        // Rule tests elsewhere may keep deliberate fake secrets in plan fixtures; these folders must not.
        var root = TestRepository.Root;
        var files = new[] { "src", "schema", Path.Combine("tests", "ExecPlan.Tests", "Content"), Path.Combine("tests", "ExecPlan.Tests", "Infrastructure") }
            .Select(folder => Path.Combine(root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && Path.GetExtension(file) is ".cs" or ".md" or ".yaml" or ".yml" or ".json" or ".txt");

        var found = files
            .SelectMany(file => SecretScanner.Default.Scan(File.ReadAllText(file)).Select(m => $"{Path.GetRelativePath(root, file)}: {m}"))
            .ToList();

        Assert.Empty(found);
    }
}
