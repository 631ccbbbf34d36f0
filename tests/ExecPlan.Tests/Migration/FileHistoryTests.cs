using ExecPlan.Migration;

namespace ExecPlan.Tests.Migration;

/// <summary>Front-matter dates from git: created from the commit that added the file, updated from the last; the modification time without git.</summary>
public sealed class FileHistoryTests
{
    [Fact]
    public void Dates_and_the_owner_come_from_git_or_else_from_the_modification_time_with_a_note()
    {
        using var folder = new TempFolder();
        var path = folder.Write("plans/resolver-cache.md", MigrationTests.CookbookPlan);
        if (!GitAvailable(folder.Path))
        {
            // No git here: the fallback is what this machine can test, and it must hold.
            var fallback = FileHistory.Read(path);
            Assert.False(fallback.FromGit);
            Assert.Equal(File.GetLastWriteTimeUtc(path).Date, fallback.Updated.UtcDateTime.Date);
            return;
        }

        Git(folder.Path, "init", "-q");
        Commit(folder.Path, "Ann Author", "2025-09-30T08:00:00+02:00");
        folder.Write("plans/resolver-cache.md", MigrationTests.CookbookPlan + "\nMore.\n");
        Commit(folder.Path, "Bob Builder", "2025-10-02T09:30:00Z");

        var history = FileHistory.Read(path);
        var migrated = PlanMigration.Migrate(path, File.ReadAllText(path), history, owner: null);

        Assert.True(history.FromGit);
        Assert.Equal(new DateTimeOffset(2025, 9, 30, 6, 0, 0, TimeSpan.Zero), history.Created);
        Assert.Equal(new DateTimeOffset(2025, 10, 2, 9, 30, 0, TimeSpan.Zero), history.Updated);
        Assert.Contains("created: 2025-09-30T06:00:00Z\n", migrated, StringComparison.Ordinal);
        Assert.Contains("owner: bob-builder\n", migrated, StringComparison.Ordinal);
        Assert.Null(history.Offset); // +02:00, then Z: which one a time without a zone meant is not known
    }

    [Fact]
    public void A_time_without_a_zone_takes_the_offset_of_the_files_commits_when_they_all_have_one()
    {
        using var folder = new TempFolder();
        var plan = MigrationTests.CookbookPlan + "\nReviewed on 2025-09-29 17:30.\n";
        var path = folder.Write("plans/resolver-cache.md", plan);
        if (!GitAvailable(folder.Path))
        {
            Assert.Contains("2025-09-29 <at 17:30, in which zone?>", PlanMigration.Migrate(path, plan, FileHistory.Read(path), "alice"), StringComparison.Ordinal);
            return;
        }

        Git(folder.Path, "init", "-q");
        Commit(folder.Path, "Ann Author", "2025-09-30T08:00:00+02:00");

        var history = FileHistory.Read(path);

        Assert.Equal(TimeSpan.FromHours(2), history.Offset);
        Assert.Contains("Reviewed on 2025-09-29T17:30:00+02:00.", PlanMigration.Migrate(path, plan, history, "alice"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_time_that_names_its_zone_never_takes_the_offset_of_the_files_commits()
    {
        using var folder = new TempFolder();
        var plan = MigrationTests.CookbookPlan + "\nReviewed on 2025-09-29 17:30 CST, again on 2025-09-30 09:00 UTC+8 and on 2025-09-30 10:00 -07:00.\n"
            + "Built at 2025-09-30 11:00 (UTC, from CI), 2025-09-30 12:00 PST/PDT and 2025-09-30 13:00 utc.\n";
        var path = folder.Write("plans/resolver-cache.md", plan);
        var history = FileHistory.Read(path);
        if (GitAvailable(folder.Path))
        {
            Git(folder.Path, "init", "-q");
            Commit(folder.Path, "Ann Author", "2025-09-30T08:00:00+02:00");
            history = FileHistory.Read(path);
            Assert.Equal(TimeSpan.FromHours(2), history.Offset);
        }

        var migrated = PlanMigration.Migrate(path, plan, history, "alice");

        Assert.Contains("Reviewed on 2025-09-29 <at 17:30 CST, at which UTC offset?>, again on 2025-09-30T09:00:00+08:00 and on 2025-09-30 <at 10:00, in which zone?> -07:00.", migrated, StringComparison.Ordinal);
        Assert.Contains("Built at 2025-09-30 <at 11:00, in which zone?> (UTC, from CI), 2025-09-30 <at 12:00, in which zone?> PST/PDT and 2025-09-30 <at 13:00, in which zone?> utc.", migrated, StringComparison.Ordinal);
    }

    [Fact]
    public void An_untracked_file_takes_its_modification_time()
    {
        using var folder = new TempFolder();
        var path = folder.Write("plans/resolver-cache.md", MigrationTests.CookbookPlan);
        File.SetLastWriteTimeUtc(path, new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc));

        var history = FileHistory.Read(path);

        Assert.False(history.FromGit);
        Assert.Equal(new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero), history.Updated);
        Assert.Null(history.Author);
    }

    [Fact]
    public void Rename_moves_a_tracked_plan_with_git_mv()
    {
        using var folder = new TempFolder();
        var path = folder.Write("plans/resolver-cache.md", MigrationTests.CookbookPlan);
        if (!GitAvailable(folder.Path))
        {
            var moved = new PlanMigrator(new MigrationOptions { Rename = true, Owner = "alice" }).Migrate(path);
            Assert.True(File.Exists(moved.RenamedTo));
            return;
        }

        Git(folder.Path, "init", "-q");
        Commit(folder.Path, "Ann Author", "2025-09-30T08:00:00Z");

        var file = new PlanMigrator(new MigrationOptions { Rename = true }).Migrate(path);

        Assert.Equal(folder.Combine("plans/2025-09-30-resolver-cache-PLAN.md"), file.RenamedTo);
        Assert.False(File.Exists(path));
        Assert.Contains("plans/2025-09-30-resolver-cache-PLAN.md", Git(folder.Path, "diff", "--cached", "--name-only").Output, StringComparison.Ordinal);
    }

    private static bool GitAvailable(string folder)
    {
        try
        {
            return ChildProcess.Run("git", folder, ["--version"]).ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static void Commit(string folder, string author, string date)
    {
        Git(folder, "add", "-A");
        var environment = new Dictionary<string, string?> { ["GIT_AUTHOR_DATE"] = date, ["GIT_COMMITTER_DATE"] = date };
        var result = ChildProcess.Run("git", folder, ["-c", "user.name=" + author, "-c", "user.email=a@example.com", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "plan"], environment);
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    private static CommandResult Git(string folder, params string[] arguments)
    {
        var result = ChildProcess.Run("git", folder, arguments);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }
}
