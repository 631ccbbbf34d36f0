using ExecPlan.Linting;
using ExecPlan.Migration;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Migration;

/// <summary>A migration run's limits per file, as the lint's: the time budget and the configuration's `max_file_size`.</summary>
public sealed class MigrationBudgetTests
{
    private static readonly DateTime Old = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_plan_that_runs_out_of_time_is_neither_written_nor_renamed()
    {
        // As the lint's own timeout test: a plan long enough that it cannot be parsed in 1 ms.
        using var folder = TempFolder.WithGit();
        var slow = folder.Write("plans/slow.md", MigrationTests.CookbookPlan + string.Concat(Enumerable.Repeat("- [ ] item <b>x</b> `code` [link](a/b.md)\n", 20_000)));
        var bytes = File.ReadAllBytes(slow);
        File.SetLastWriteTimeUtc(slow, Old);

        var files = new PlanMigrator(new MigrationOptions { Owner = "alice", Rename = true }).Migrate(Settings(folder, TimeSpan.FromMilliseconds(1)), [slow]);

        var file = Assert.Single(files);
        Assert.Equal(MigrationOutcome.Failed, file.Outcome);
        Assert.Equal("it ran out of its time budget of 0.001 s", file.Problem);
        Assert.Null(file.RenamedTo);
        Assert.Equal(bytes, File.ReadAllBytes(slow));
        Assert.Equal(Old, File.GetLastWriteTimeUtc(slow));
        Assert.Equal([slow], Directory.GetFiles(folder.Combine("plans")));
    }

    [Fact]
    public void A_plan_over_its_configurations_max_file_size_is_not_migrated()
    {
        using var folder = TempFolder.WithGit();
        folder.Write("plans/large/.execplan.yaml", "max_file_size: 100\n");
        var large = folder.Write("plans/large/cache.md", MigrationTests.CookbookPlan);
        var other = folder.Write("plans/cache.md", MigrationTests.CookbookPlan);

        var files = new PlanMigrator(new MigrationOptions { Owner = "alice" }).Migrate(Settings(folder, LintSettings.DefaultFileTimeBudget), [other, large]);

        Assert.Equal([other, large], files.Select(f => f.Path));
        Assert.Equal(MigrationOutcome.Failed, files[1].Outcome);
        var size = System.Text.Encoding.UTF8.GetByteCount(MigrationTests.CookbookPlan);
        Assert.Equal($"it is too large: {size} bytes, over the limit of 100 bytes (max_file_size)", files[1].Problem);
        Assert.Equal(MigrationTests.CookbookPlan, File.ReadAllText(large));
        Assert.Equal(MigrationOutcome.Migrated, files[0].Outcome);
        Assert.StartsWith("---\n", File.ReadAllText(other), StringComparison.Ordinal);
    }

    private static LintSettings Settings(TempFolder folder, TimeSpan budget) =>
        new() { Clock = new FixedClock(Linter.Now), RootDirectory = folder.Path, WorkingDirectory = folder.Path, FileTimeBudget = budget };
}
