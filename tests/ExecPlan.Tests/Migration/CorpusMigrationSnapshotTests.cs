using ExecPlan.Migration;

namespace ExecPlan.Tests.Migration;

/// <summary>
/// What migration makes of each plan of this repository's corpus, checked in beside the other snapshots as
/// `migrate-corpus.&lt;owner&gt;.&lt;file&gt;.verified.md` (the corpus name's first and last parts: the whole name would pass
/// Windows' 260-character path limit) so that a reviewer reads every change to it as a diff. The plan is untracked with a fixed
/// modification time and migrated with a fixed owner: the snapshot is the same on any machine and date.
/// </summary>
public sealed class CorpusMigrationSnapshotTests
{
    private static readonly string CorpusFolder = TestRepository.PathOf("tests", "ExecPlan.Tests", "Corpus");

    // Untracked, the file's modification time stands for its last commit (see FileHistory): one fixed instant for every plan.
    private static readonly DateTime Modified = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    /// <summary>The corpus plans relative to the corpus folder (`real/x.md`), in ordinal order.</summary>
    public static TheoryData<string> Plans => [.. PlanFiles()];

    private static List<string> PlanFiles() => [.. Directory.GetFiles(CorpusFolder, "*.md", SearchOption.AllDirectories)
        .Where(f => Path.GetFileName(f) != "SOURCES.md")
        .Select(f => Path.GetRelativePath(CorpusFolder, f).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Plans))]
    public void A_corpus_plan_migrates_to_its_reviewed_snapshot(string plan)
    {
        using var folder = new TempFolder();
        var path = folder.Write("plans/" + Path.GetFileName(plan), File.ReadAllBytes(Path.Combine(CorpusFolder, plan)));
        File.SetLastWriteTimeUtc(path, Modified);

        var file = new PlanMigrator(new MigrationOptions { Owner = "agent-1", DryRun = true }).Migrate(path);

        Assert.True(file.Outcome == MigrationOutcome.AlreadyExecPlan || file.History is { FromGit: false }, file.Outcome.ToString());
        Snapshot.Verify(SnapshotName(plan), file.After ?? string.Empty, "md");
    }

    [Fact]
    public void Every_corpus_plan_has_a_snapshot_name_of_its_own() =>
        Assert.Equal(PlanFiles().Count, PlanFiles().Select(SnapshotName).Distinct(StringComparer.OrdinalIgnoreCase).Count());

    // `real/owner__repo__path__file.md` is `migrate-corpus.owner.file`.
    private static string SnapshotName(string plan)
    {
        var parts = Path.GetFileNameWithoutExtension(plan).Split("__");
        return $"migrate-corpus.{parts[0]}.{parts[^1]}";
    }
}
