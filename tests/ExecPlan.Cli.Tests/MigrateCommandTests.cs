namespace ExecPlan.Cli.Tests;

/// <summary>`execplan migrate`: what it writes, what a dry run shows, what it leaves alone, and its usage errors.</summary>
public sealed class MigrateCommandTests
{
    private const string Plan = """
        # Add a cache

        ## Purpose / Big Picture

        A second read is free.

        ## Progress

        - [x] (2025-10-01 13:00Z) Measured the resolver.
        - [ ] Add the cache.

        ## Validation and Acceptance

        - Criterion: the second read touches no file.
          - Verify: `dotnet test`
          - Expected: `0 failed`

        ## Open Questions

        Should the cache expire?

        """;

    private static (int Code, string Stdout, string Stderr) Run(string workingDirectory, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.RunWith(args, stdout, stderr, workingDirectory, null);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static (int Code, string Stdout, string Stderr) RunWithBudget(string workingDirectory, TimeSpan fileTimeBudget, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.RunWith(args, stdout, stderr, workingDirectory, null, fileTimeBudget);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static TempFolder Repository()
    {
        var repo = new TempFolder();
        repo.Folder(".git");
        repo.Write("plans/cache.md", Plan);
        return repo;
    }

    [Fact]
    public void A_cookbook_plan_is_migrated_and_a_second_run_leaves_it_alone()
    {
        using var repo = Repository();
        var path = repo.Combine("plans/cache.md");

        var (code, stdout, stderr) = Run(repo.Path, "migrate", "plans/cache.md", "--to", "execplan", "--owner", "agent-1");
        var migrated = File.ReadAllText(path);
        var again = Run(repo.Path, "migrate", "plans/cache.md", "--to", "execplan", "--owner", "agent-1");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains($"plans{Path.DirectorySeparatorChar}cache.md: migrated", stdout, StringComparison.Ordinal);
        Assert.Contains("has no git history; its dates are the file's modification time", stderr, StringComparison.Ordinal);
        Assert.StartsWith("---\nid: cache\nstatus: IN_PROGRESS\nowner: agent-1\n", migrated, StringComparison.Ordinal);
        Assert.Contains("# PLAN: Add a cache\n", migrated, StringComparison.Ordinal);
        Assert.Contains("- [x] 2025-10-01T13:00:00Z - Measured the resolver. (Owner: agent-1)\n", migrated, StringComparison.Ordinal);
        Assert.Contains("## Open Questions\n", migrated, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, again.Code);
        Assert.Contains("already an ExecPlan, left as it is", again.Stderr, StringComparison.Ordinal);
        Assert.Equal(migrated, File.ReadAllText(path));
    }

    [Fact]
    public void A_dry_run_prints_a_diff_and_writes_nothing()
    {
        using var repo = Repository();
        var path = repo.Combine("plans/cache.md");

        var (code, stdout, _) = Run(repo.Path, "migrate", "plans/cache.md", "--to", "execplan", "--dry-run", "--rename");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("+# PLAN: Add a cache", stdout, StringComparison.Ordinal);
        Assert.Contains("-# Add a cache", stdout, StringComparison.Ordinal);
        Assert.Equal(Plan, File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(repo.Combine("plans")));
    }

    [Fact]
    public void A_plan_over_max_file_size_is_not_migrated_and_the_run_fails()
    {
        using var repo = Repository();
        repo.Write(".execplan.yaml", "max_file_size: 100\n");

        var (code, stdout, stderr) = Run(repo.Path, "migrate", "plans/cache.md", "--to", "execplan");

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Equal(string.Empty, stdout);
        var size = System.Text.Encoding.UTF8.GetByteCount(Plan);
        Assert.Contains($"execplan: plans{Path.DirectorySeparatorChar}cache.md was not migrated: it is too large: {size} bytes, over the limit of 100 bytes (max_file_size).\n", stderr, StringComparison.Ordinal);
        Assert.Contains("execplan: migrated 0 of 1 file.\n", stderr, StringComparison.Ordinal);
        Assert.Equal(Plan, File.ReadAllText(repo.Combine("plans/cache.md")));
    }

    [Fact]
    public void A_plan_that_runs_out_of_time_is_not_migrated_and_the_run_fails()
    {
        // A plan long enough that it cannot be parsed in 1 ms, as in the lint's own timeout test.
        using var repo = Repository();
        var slow = Plan + string.Concat(Enumerable.Repeat("- [ ] item <b>x</b> `code` [link](a/b.md)\n", 20_000));
        repo.Write("plans/cache.md", slow);

        var (code, stdout, stderr) = RunWithBudget(repo.Path, TimeSpan.FromMilliseconds(1), "migrate", "plans/cache.md", "--to", "execplan", "--rename");

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains($"execplan: plans{Path.DirectorySeparatorChar}cache.md was not migrated: it ran out of its time budget of 0.001 s.\n", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.Equal(slow, File.ReadAllText(repo.Combine("plans/cache.md")));
        Assert.Single(Directory.GetFiles(repo.Combine("plans")));
    }

    [Theory]
    [InlineData("migrate", "plans/cache.md")]
    [InlineData("migrate", "plans/cache.md", "--to", "cookbook")]
    [InlineData("migrate", "plans/cache.md", "--to", "execplan", "--owner", " ")]
    public void Without_to_execplan_or_with_an_empty_owner_it_is_a_usage_error(params string[] args)
    {
        using var repo = Repository();

        var (code, _, stderr) = Run(repo.Path, args);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("execplan", stderr, StringComparison.Ordinal);
        Assert.Equal(Plan, File.ReadAllText(repo.Combine("plans/cache.md")));
    }
}
