using ExecPlan.Configuration;
using ExecPlan.Linting;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Hardness.Tests;

/// <summary>Files that vanish, change, cannot be read, block when opened, or loop: each becomes a finding and the run goes on.</summary>
public sealed class FileSystemTests
{
    private const string Plan = "---\nid: p\nstatus: ACTIVE\nowner: o\ncreated: 2026-01-01T00:00:00Z\nupdated: 2026-01-02T00:00:00Z\nprofile: codex-strict\n---\n# PLAN: P\n";

    [Fact]
    public void Files_that_change_or_vanish_mid_lint_never_break_the_run()
    {
        using var folder = TempFolder.WithGit();
        var files = Enumerable.Range(0, 200).Select(i => folder.Write($"plans/p{i:D3}.md", Plan)).ToArray();
        using var stop = new CancellationTokenSource();
        var churn = new Thread(() =>
        {
            var random = new Random(7);
            while (!stop.IsCancellationRequested)
            {
                var file = files[random.Next(files.Length)];
                try
                {
                    switch (random.Next(4))
                    {
                        case 0: File.Delete(file); break;
                        case 1: File.WriteAllText(file, Plan + new string('x', random.Next(100_000))); break;
                        case 2: File.WriteAllText(file, string.Empty); break;
                        default: File.WriteAllText(file, Plan); break;
                    }
                }
                catch (IOException)
                {
                    // The linter may hold the file for a moment; churn on.
                }
            }
        });
        churn.Start();

        try
        {
            for (var round = 0; round < 10; round++)
            {
                var run = Bounded.Run(() => folder.Linter().Lint([folder.Path]), Invariants.Limit);
                Assert.Equal(run.Files.Select(f => f.Path).Order(StringComparer.Ordinal), run.Files.Select(f => f.Path));
                Assert.DoesNotContain(run.All, d => d.Id is RuleIds.RuleFailure or RuleIds.LintTimeout);
                Invariants.Sarif(run);
            }
        }
        finally
        {
            stop.Cancel();
            churn.Join();
        }
    }

    [Fact]
    public void A_file_that_vanished_after_discovery_is_EXP0001()
    {
        using var folder = TempFolder.WithGit();
        var gone = folder.Combine("plans/gone.md");
        var report = Assert.Single(folder.Linter().Lint([gone]).Files);
        Assert.Equal(RuleIds.UnreadableFile, Assert.Single(report.Diagnostics).Id);
    }

    [Fact]
    public void A_path_that_is_a_folder_when_read_is_EXP0001()
    {
        // Discovery hands FileLinter only files, but the entry may be replaced by a folder before it is read.
        using var folder = TempFolder.WithGit();
        var path = Directory.CreateDirectory(folder.Combine("plans/x.md")).FullName;
        var (report, _, _) = FileLinter.Lint(path, path, ExecPlanConfig.Default, ExecPlanConfig.Default.LevelInForce, new FixedClock(), new Rules.RepositoryInfo(folder.Path, []), default);
        Assert.Equal(RuleIds.UnreadableFile, Assert.Single(report.Diagnostics).Id);
    }

    [Fact]
    public void A_file_without_read_permission_is_EXP0001_unless_the_user_is_root()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = TempFolder.WithGit();
        var file = folder.Write("plans/locked.md", Plan);
        File.SetUnixFileMode(file, UnixFileMode.None);
        var report = Assert.Single(folder.Linter().Lint([file]).Files);
        if (Environment.UserName == "root")
        {
            // Root reads it anyway; the folder and FIFO tests cover an open that fails or blocks.
            Assert.DoesNotContain(report.Diagnostics, d => d.Id == RuleIds.UnreadableFile);
        }
        else
        {
            Assert.Equal(RuleIds.UnreadableFile, Assert.Single(report.Diagnostics).Id);
        }
    }

    [Fact]
    public void A_named_pipe_is_EXP0001_at_once_and_the_other_plans_still_lint()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = TempFolder.WithGit();
        folder.Write("plans/a.md", Plan);
        folder.Write("plans/c.md", Plan);
        MakeFifo(folder.Combine("plans/b.md"));
        var run = Bounded.Run(() => folder.Linter().Lint([folder.Path]), Invariants.Limit);
        Assert.Equal(["a.md", "b.md", "c.md"], run.Files.Select(f => Path.GetFileName(f.Path)));
        var pipe = Assert.Single(run.Files[1].Diagnostics);
        Assert.Equal(RuleIds.UnreadableFile, pipe.Id);
        Assert.Contains("named pipe", pipe.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(run.All, d => d.Id == RuleIds.LintTimeout);
    }

    [Fact]
    public void Migrate_says_why_a_named_pipe_was_not_migrated_and_migrates_the_other_plans()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = TempFolder.WithGit();
        folder.Write("plans/a.md", "# Cache\n\n## Purpose / Big Picture\n\nFaster.\n\n## Progress\n\n- [ ] Start.\n");
        MakeFifo(folder.Combine("plans/b.md"));
        var settings = new LintSettings { RootDirectory = folder.Path, WorkingDirectory = folder.Path };

        var files = Bounded.Run(() => new Migration.PlanMigrator(new Migration.MigrationOptions { Owner = "agent-1" }).Migrate(settings, [folder.Combine("plans")]), Invariants.Limit);

        Assert.Equal(["a.md", "b.md"], files.Select(f => Path.GetFileName(f.Path)));
        Assert.Equal(Migration.MigrationOutcome.Migrated, files[0].Outcome);
        Assert.Equal(Migration.MigrationOutcome.Failed, files[1].Outcome);
        Assert.Contains("named pipe", files[1].Problem, StringComparison.Ordinal);
    }

    // A real full disk: a small tmpfs, filled. Mounting needs root, which CI has (it must not pass there without mounting).
    [Fact]
    public void On_a_full_disk_fix_and_migrate_leave_every_plan_as_it_was_and_say_why()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = TempFolder.WithGit();
        var disk = folder.Folder("disk");
        var mount = ChildProcess.Run("mount", folder.Path, ["-t", "tmpfs", "-o", "size=64k", "tmpfs", disk]);
        if (!mount.Succeeded)
        {
            Assert.True(Environment.GetEnvironmentVariable("CI") is null, "CI runs as root and must test the full disk: " + mount);
            return;
        }

        try
        {
            var strict = Path.Combine(disk, "plans", "strict-PLAN.md");
            var cookbook = Path.Combine(disk, "plans", "cookbook.md");
            Directory.CreateDirectory(Path.GetDirectoryName(strict)!);
            var strictText = Plan + "\n## Plan of work\n\nDo it.\n"; // a heading spelt otherwise: a safe fix
            var cookbookText = "# Cache\n\n## Purpose / Big Picture\n\nFaster.\n\n## Progress\n\n- [ ] Start.\n";
            File.WriteAllText(strict, strictText);
            File.WriteAllText(cookbook, cookbookText);
            Fill(disk);
            var settings = new LintSettings { RootDirectory = folder.Path, WorkingDirectory = folder.Path };

            var fixes = new List<Fixes.FileFix>();
            new Fixes.PlanFixer(settings, new Fixes.FixOptions()).Fix([strict], fixes.Add);
            var migrated = new Migration.PlanMigrator(new Migration.MigrationOptions { Owner = "agent-1" }).Migrate(settings, [cookbook]);

            var fix = Assert.Single(fixes);
            Assert.Equal(Fixes.FixOutcome.WriteFailed, fix.Outcome);
            Assert.Contains("space", fix.Problem, StringComparison.OrdinalIgnoreCase);
            var migration = Assert.Single(migrated);
            Assert.Equal(Migration.MigrationOutcome.Failed, migration.Outcome);
            Assert.Contains("space", migration.Problem, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(strictText, File.ReadAllText(strict));
            Assert.Equal(cookbookText, File.ReadAllText(cookbook));
            Assert.Equal(["cookbook.md", "strict-PLAN.md"], Directory.GetFiles(Path.GetDirectoryName(strict)!).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            ChildProcess.Run("umount", folder.Path, [disk]);
        }
    }

    // Writes until the file system says it has no space left.
    private static void Fill(string disk)
    {
        using var filler = new FileStream(Path.Combine(disk, "filler"), FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
        var block = new byte[4096];
        try
        {
            while (true)
            {
                filler.Write(block);
                filler.Flush(flushToDisk: true);
            }
        }
        catch (IOException)
        {
            // Full.
        }
    }

    [Theory]
    [InlineData(".execplan.yaml", RuleIds.InvalidConfig)]
    [InlineData(".agent-locks.yaml", RuleIds.InvalidLockFile)]
    [InlineData("PLANS.md", RuleIds.UnreadableFile)]
    public void A_named_pipe_as_a_repository_file_is_a_finding_at_once(string name, string rule)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = TempFolder.WithGit();
        folder.Write("plans/a.md", Plan);
        MakeFifo(folder.Combine(name));
        var run = Bounded.Run(() => folder.Linter().Lint([folder.Path]), Invariants.Limit);
        var finding = Assert.Single(run.RunDiagnostics, d => d.FilePath == folder.Combine(name));
        Assert.Equal(rule, finding.Id);
        Assert.Contains("named pipe", finding.Message, StringComparison.Ordinal);
        Assert.Single(run.Files);
    }

    [Theory]
    [InlineData(".execplan.yaml", RuleIds.InvalidConfig)]
    [InlineData(".agent-locks.yaml", RuleIds.InvalidLockFile)]
    [InlineData("PLANS.md", RuleIds.UnreadableFile)]
    [InlineData("plans/zero.md", RuleIds.UnreadableFile)]
    public void A_device_that_never_ends_is_refused_unread(string name, string rule)
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        using var folder = TempFolder.WithGit();
        folder.Write("plans/a.md", Plan);
        File.CreateSymbolicLink(folder.Combine(name), "/dev/zero");
        var run = Bounded.Run(() => folder.Linter().Lint([folder.Path]), Invariants.Limit);
        var finding = Assert.Single(run.All, d => d.FilePath == folder.Combine(name));
        Assert.Equal(rule, finding.Id);
        Assert.Contains("device", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_and_one_at_the_limit_is_read()
    {
        using var folder = TempFolder.WithGit();
        var path = folder.Write("big.md", new string('x', 100));
        var read = Input.BoundedFile.Read(path, 10);
        Assert.Equal(Input.FileReadFailure.TooLarge, read.Failure);
        Assert.Equal(100, read.Size);
        Assert.Equal(100, Input.BoundedFile.Read(path, 100).Bytes!.Length);
    }

    [Fact]
    public void A_file_is_read_whole_to_the_byte_at_every_size_around_the_read_buffer()
    {
        using var folder = TempFolder.WithGit();
        foreach (var size in new[] { 0, 1, 4095, 4096, 4097, 65_536, 100_001 })
        {
            var bytes = Enumerable.Range(0, size).Select(i => (byte)('a' + (i % 26))).ToArray();
            var path = folder.Write($"f{size}.md", bytes);

            var read = Input.BoundedFile.Read(path, 1_000_000);

            Assert.Equal(Input.FileReadFailure.None, read.Failure);
            Assert.Equal(bytes, read.Bytes);
        }
    }

    [Fact]
    public void A_file_that_did_not_change_is_returned_as_read_without_a_copy()
    {
        using var folder = TempFolder.WithGit();
        var path = folder.Write("big.md", new byte[200_000]);
        Input.BoundedFile.Read(path, 1_000_000); // Static state made once, outside the measure.

        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = Input.BoundedFile.Read(path, 1_000_000);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(200_000, read.Bytes!.Length);
        Assert.True(allocated < 300_000, $"{allocated} bytes allocated to read 200,000");
    }

    [Fact]
    public void A_file_that_claims_no_length_is_read_to_its_end_and_still_bounded()
    {
        // Files of /proc say they hold 0 bytes and hold more: the read goes past the claimed length, and stops at the limit.
        const string path = "/proc/self/maps";
        if (!File.Exists(path))
        {
            return;
        }

        var whole = Input.BoundedFile.Read(path, 10_000_000);
        Assert.Equal(Input.FileReadFailure.None, whole.Failure);
        Assert.NotEmpty(whole.Bytes!);
        Assert.Contains("\n", System.Text.Encoding.UTF8.GetString(whole.Bytes!), StringComparison.Ordinal);

        var bounded = Input.BoundedFile.Read(path, 10);
        Assert.Equal(Input.FileReadFailure.TooLarge, bounded.Failure);
        Assert.True(bounded.Size > 10, bounded.Size.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_file_that_runs_out_of_time_fails_with_EXP0008_and_still_reports_its_secrets()
    {
        using var folder = TempFolder.WithGit();
        var token = string.Concat("gh", "p_", "R8BcQ4t8JbV1eyQjQapBLaHwUc9Rv9xZ2mKq");
        var slow = folder.Write("plans/slow.md", Plan + string.Concat(Enumerable.Repeat("- [ ] item <b>x</b> `code` [link](a/b.md)\n", 20_000)) + "Deploy with " + token + "\n");

        var run = Bounded.Run(() => folder.Linter(TimeSpan.FromMilliseconds(1)).Lint([slow]), Invariants.Limit);

        var report = Assert.Single(run.Files);
        var timeout = Assert.Single(report.Diagnostics, d => d.Id == RuleIds.LintTimeout);
        Assert.Equal(Diagnostics.Severity.Error, timeout.Severity);
        var secret = Assert.Single(report.Diagnostics, d => d.Id == RuleIds.PossibleSecret);
        Assert.DoesNotContain(token[4..], secret.Message, StringComparison.Ordinal);
        Assert.True(run.HasErrors);
    }

    [Fact]
    public void Symlink_loops_under_a_linted_folder_are_not_followed()
    {
        using var folder = TempFolder.WithGit();
        folder.Write("plans/real.md", Plan);
        Directory.CreateSymbolicLink(folder.Combine("plans/loop"), folder.Combine("plans"));
        Directory.CreateSymbolicLink(folder.Combine("plans/up"), folder.Path);
        File.CreateSymbolicLink(folder.Combine("plans/self.md"), folder.Combine("plans/self.md"));
        File.CreateSymbolicLink(folder.Combine("plans/ping.md"), folder.Combine("plans/pong.md"));
        File.CreateSymbolicLink(folder.Combine("plans/pong.md"), folder.Combine("plans/ping.md"));
        var run = Bounded.Run(() => folder.Linter().Lint([folder.Path]), Invariants.Limit);
        Assert.Equal(["ping.md", "pong.md", "real.md", "self.md"], run.Files.Select(f => Path.GetFileName(f.Path)));
        Assert.All(run.Files.Where(f => !f.Path.EndsWith("real.md", StringComparison.Ordinal)), f => Assert.Equal(RuleIds.UnreadableFile, Assert.Single(f.Diagnostics).Id));
    }

    [Fact]
    public void Output_order_is_the_path_order_whatever_the_thread_timing()
    {
        using var folder = TempFolder.WithGit();
        var random = new Random(3);
        for (var i = 0; i < 300; i++)
        {
            folder.Write($"plans/{random.Next(100_000):D6}-{i}.md", Plan + new string('\n', random.Next(20_000)));
        }

        var first = folder.Linter().Lint([folder.Path]);
        var second = folder.Linter().Lint([folder.Path]);
        Assert.Equal(first.Files.Select(f => f.Path).Order(StringComparer.Ordinal), first.Files.Select(f => f.Path));
        Assert.Equal(first.All.Select(d => $"{d.FilePath} {d.Span} {d.Id}"), second.All.Select(d => $"{d.FilePath} {d.Span} {d.Id}"));
    }

    private static void MakeFifo(string path)
    {
        var mkfifo = ChildProcess.Run("mkfifo", Path.GetDirectoryName(path)!, [path]);
        Assert.True(mkfifo.Succeeded, mkfifo.ToString());
    }
}
