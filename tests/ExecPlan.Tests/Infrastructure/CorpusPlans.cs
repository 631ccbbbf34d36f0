namespace ExecPlan.Tests.Infrastructure;

/// <summary>Every real plan of the corpus: this repository's (tests/ExecPlan.Tests/Corpus) and the shared one beside it when present.</summary>
internal static class CorpusPlans
{
    /// <summary>The plan files, full paths in ordinal order (SOURCES.md is the corpus's index, not a plan).</summary>
    public static TheoryData<string> All => [.. Folders().SelectMany(f => Directory.GetFiles(f, "*.md", SearchOption.AllDirectories))
        .Where(f => Path.GetFileName(f) != "SOURCES.md")
        .Order(StringComparer.Ordinal)];

    private static IEnumerable<string> Folders() =>
        new[] { TestRepository.PathOf("tests", "ExecPlan.Tests", "Corpus"), Path.GetFullPath(Path.Combine(TestRepository.Root, "..", "shared", "corpus")) }
            .Where(Directory.Exists);
}
