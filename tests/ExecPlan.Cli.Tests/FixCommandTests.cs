using System.Text;

namespace ExecPlan.Cli.Tests;

/// <summary>`execplan fix`: what it writes, what it never writes, and how it says so.</summary>
public sealed class FixCommandTests
{
    // A plan with safe fixes (a heading's spelling, a timestamp with its zone) among findings no fix removes.
    private const string Plan = "# PLAN: Demo\n\n## purpose / big picture\n\nShip it.\n\n## Progress\n\n- [ ] 2025-11-22 14:30Z - Run the tests\n";

    private static (int Code, string Stdout, string Stderr) Run(string workingDirectory, Action<string>? beforeWrite, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.RunWith(args, stdout, stderr, workingDirectory, beforeWrite);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static (int Code, string Stdout, string Stderr) RunWithBudget(string workingDirectory, TimeSpan fileTimeBudget, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.RunWith(args, stdout, stderr, workingDirectory, null, fileTimeBudget);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static TempFolder Repository(string plan = Plan)
    {
        var repo = new TempFolder();
        repo.Folder(".git");
        repo.Write("plans/demo-PLAN.md", plan);
        return repo;
    }

    [Fact]
    public void Fixes_are_written_and_listed_and_the_errors_left_are_counted()
    {
        using var repo = Repository();

        var (code, stdout, stderr) = Run(repo.Path, null, "fix");

        Assert.Equal(ExitCodes.LintErrors, code);
        var text = File.ReadAllText(repo.Combine("plans/demo-PLAN.md"));
        Assert.Contains("## Purpose / Big Picture\n", text, StringComparison.Ordinal);
        Assert.Contains("- [ ] 2025-11-22T14:30:00Z - Run the tests", text, StringComparison.Ordinal);
        Assert.StartsWith($"plans{Path.DirectorySeparatorChar}demo-PLAN.md: fixed 2 findings\n", stdout, StringComparison.Ordinal);
        Assert.Contains("  EXP0206 Write '## Purpose / Big Picture'\n", stdout, StringComparison.Ordinal);
        Assert.Contains("execplan: fixed 2 findings in 1 file of 1.\n", stderr, StringComparison.Ordinal);
        Assert.Matches(@"execplan: \d+ errors remain; \d+ of them have an unsafe fix \(--unsafe-fixes\)", stderr);
    }

    [Fact]
    public void A_second_run_changes_nothing_and_leaves_the_file_untouched()
    {
        using var repo = Repository();
        Run(repo.Path, null, "fix");
        var path = repo.Combine("plans/demo-PLAN.md");
        var before = File.ReadAllBytes(path);
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, old);

        var (_, stdout, stderr) = Run(repo.Path, null, "fix");

        Assert.Equal(string.Empty, stdout);
        Assert.Contains("execplan: fixed 0 findings in 0 files of 1.\n", stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(old, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void The_byte_order_mark_the_crlf_newlines_and_the_permissions_are_kept()
    {
        using var repo = Repository();
        var path = repo.Combine("plans/demo-PLAN.md");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Plan.Replace("\n", "\r\n", StringComparison.Ordinal))]);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        }

        var (code, _, _) = Run(repo.Path, null, "fix", "--unsafe-fixes");

        Assert.Equal(ExitCodes.LintErrors, code);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Contains("## Purpose / Big Picture\r\n", text, StringComparison.Ordinal);
        Assert.Contains("## Decision Log\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', text.Replace("\r\n", string.Empty, StringComparison.Ordinal));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(path));
        }

        Assert.Single(Directory.GetFiles(repo.Combine("plans")));
    }

    [Fact]
    public void A_plan_behind_a_link_is_fixed_in_its_target_and_the_link_stays()
    {
        using var repo = Repository();
        var target = repo.Write("notes/real.md", Plan);
        var link = repo.Combine("plans/linked-PLAN.md");
        File.CreateSymbolicLink(link, target);

        var (_, stdout, _) = Run(repo.Path, null, "fix", "plans/linked-PLAN.md");

        Assert.Contains("linked-PLAN.md: fixed 2 findings", stdout, StringComparison.Ordinal);
        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.Contains("## Purpose / Big Picture\n", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(repo.Combine("notes")));
    }

    [Fact]
    public void A_read_only_plan_is_not_written()
    {
        using var repo = Repository();
        var path = repo.Combine("plans/demo-PLAN.md");
        File.SetAttributes(path, FileAttributes.ReadOnly);
        try
        {
            var (code, _, stderr) = Run(repo.Path, null, "fix");

            Assert.Equal(ExitCodes.Failure, code);
            Assert.Contains($"execplan: plans{Path.DirectorySeparatorChar}demo-PLAN.md was not fixed: the file is read-only.\n", stderr, StringComparison.Ordinal);
            Assert.Equal(Plan, File.ReadAllText(path));
            Assert.Single(Directory.GetFiles(repo.Combine("plans")));
        }
        finally
        {
            File.SetAttributes(path, FileAttributes.Normal);
        }
    }

    [Fact]
    public void A_plan_changed_while_it_was_fixed_is_not_overwritten()
    {
        using var repo = Repository();
        var path = repo.Combine("plans/demo-PLAN.md");
        const string Edited = "# PLAN: Edited by a person meanwhile\n";

        var (code, _, stderr) = Run(repo.Path, p => File.WriteAllText(p, Edited), "fix");

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("was not fixed: the file changed while it was being fixed.\n", stderr, StringComparison.Ordinal);
        Assert.Equal(Edited, File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(repo.Combine("plans")));
    }

    [Fact]
    public void A_plan_that_runs_out_of_time_is_not_written_and_the_run_fails_as_a_lint_would()
    {
        // A plan long enough that its lint cannot finish in 1 ms once its secret scan is done, as in the lint's own timeout test.
        var token = string.Concat("gh", "p_", "R8BcQ4t8JbV1eyQjQapBLaHwUc9Rv9xZ2mKq");
        var slow = Plan + string.Concat(Enumerable.Repeat("- [ ] item <b>x</b> `code` [link](a/b.md)\n", 20_000)) + "Deploy with " + token + "\n";
        using var repo = Repository(slow);
        var path = repo.Combine("plans/demo-PLAN.md");

        var (code, stdout, stderr) = RunWithBudget(repo.Path, TimeSpan.FromMilliseconds(1), "fix");

        Assert.Equal(ExitCodes.LintErrors, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains($"execplan: plans{Path.DirectorySeparatorChar}demo-PLAN.md was not fixed: it ran out of its time budget of 0.001 s.\n", stderr, StringComparison.Ordinal);
        Assert.Contains("execplan: fixed 0 findings in 0 files of 1.\n", stderr, StringComparison.Ordinal);
        Assert.Contains("errors remain", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(token, stderr, StringComparison.Ordinal);
        Assert.Equal(slow, File.ReadAllText(path));
    }

    [Theory]
    [InlineData("--dry-run")]
    [InlineData("--diff")]
    public void A_dry_run_prints_a_unified_diff_and_changes_nothing(string option)
    {
        using var repo = Repository();

        var (_, stdout, stderr) = Run(repo.Path, null, "fix", option);

        Assert.Equal(Plan, File.ReadAllText(repo.Combine("plans/demo-PLAN.md")));
        Assert.StartsWith("--- a/plans/demo-PLAN.md\n+++ b/plans/demo-PLAN.md\n@@ -1,9 +1,9 @@\n", stdout, StringComparison.Ordinal);
        Assert.Contains("-## purpose / big picture\n+## Purpose / Big Picture\n", stdout, StringComparison.Ordinal);
        Assert.Contains("-- [ ] 2025-11-22 14:30Z - Run the tests\n+- [ ] 2025-11-22T14:30:00Z - Run the tests\n", stdout, StringComparison.Ordinal);
        Assert.Contains("would fix 2 findings", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_diff_never_shows_a_secret_of_the_plan()
    {
        var token = "gh" + "p_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8";
        using var repo = Repository(Plan.Replace("Ship it.", "Ship it with " + token + ".", StringComparison.Ordinal));

        var (_, stdout, stderr) = Run(repo.Path, null, "fix", "--diff");

        Assert.Contains("+## Purpose / Big Picture\n", stdout, StringComparison.Ordinal);
        Assert.Contains(" Ship it with <REDACTED>.\n", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(token[..8], stdout + stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_limits_the_fixes_to_the_rules_named()
    {
        using var repo = Repository();

        var (_, stdout, _) = Run(repo.Path, null, "fix", "--rule", "non-canonical-heading");

        var text = File.ReadAllText(repo.Combine("plans/demo-PLAN.md"));
        Assert.Contains("## Purpose / Big Picture\n", text, StringComparison.Ordinal);
        Assert.Contains("2025-11-22 14:30Z", text, StringComparison.Ordinal);
        Assert.Contains("fixed 1 finding\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_rule_is_a_usage_error()
    {
        using var repo = Repository();

        var (code, _, stderr) = Run(repo.Path, null, "fix", "--rule", "EXP9999");

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("unknown rule 'EXP9999'", stderr, StringComparison.Ordinal);
    }
}
