namespace ExecPlan.Cli.Tests;

/// <summary>`--output`: never over a file the run reads, never into a folder, never half a report.</summary>
public sealed class OutputFileTests
{
    private const string BrokenPlan = "No front matter, no title.\n";

    private static (int Code, string Stdout, string Stderr) Run(string workingDirectory, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr, workingDirectory);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static TempFolder Repository()
    {
        var repo = new TempFolder();
        repo.Folder(".git");
        repo.Write("plans/broken-PLAN.md", BrokenPlan);
        return repo;
    }

    [Theory]
    [InlineData("text")]
    [InlineData("sarif")]
    [InlineData("json")]
    public void A_report_over_a_discovered_plan_is_refused_and_the_plan_kept(string format)
    {
        using var repo = Repository();

        var (code, _, stderr) = Run(repo.Path, "lint", ".", "--format", format, "--output", "plans/broken-PLAN.md");

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Equal("execplan: cannot write plans/broken-PLAN.md: it is a file being linted\n", stderr);
        Assert.Equal(BrokenPlan, File.ReadAllText(repo.Combine("plans/broken-PLAN.md")));
        Assert.Single(Directory.GetFiles(repo.Combine("plans")));
    }

    [Fact]
    public void A_report_over_a_plan_named_on_the_command_line_is_refused_before_linting()
    {
        using var repo = Repository();

        var (code, _, stderr) = Run(repo.Path, "lint", "plans/broken-PLAN.md", "-o", "plans/../plans/broken-PLAN.md");

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Equal("execplan: cannot write plans/../plans/broken-PLAN.md: it is a file being linted\n", stderr);
        Assert.Equal(BrokenPlan, File.ReadAllText(repo.Combine("plans/broken-PLAN.md")));
    }

    [Fact]
    public void A_report_through_a_link_to_a_plan_is_refused()
    {
        using var repo = Repository();
        File.CreateSymbolicLink(repo.Combine("report.txt"), repo.Combine("plans/broken-PLAN.md"));
        Directory.CreateSymbolicLink(repo.Combine("linked"), repo.Combine("plans"));

        var (viaFile, _, _) = Run(repo.Path, "lint", ".", "-o", "report.txt");
        var (viaFolder, _, stderr) = Run(repo.Path, "lint", ".", "-o", "linked/broken-PLAN.md");

        Assert.Equal(ExitCodes.Failure, viaFile);
        Assert.Equal(ExitCodes.Failure, viaFolder);
        Assert.Contains("it is a file being linted", stderr, StringComparison.Ordinal);
        Assert.Equal(BrokenPlan, File.ReadAllText(repo.Combine("plans/broken-PLAN.md")));
    }

    [Fact]
    public void A_report_over_the_config_file_is_refused()
    {
        using var repo = Repository();
        repo.Write(".execplan.yaml", "level: standard\n");
        repo.Write("my-config.yaml", "level: standard\n");

        var (found, _, stderr) = Run(repo.Path, "lint", ".", "-o", ".execplan.yaml");
        var (given, _, _) = Run(repo.Path, "lint", ".", "--config", "my-config.yaml", "-o", "my-config.yaml");

        Assert.Equal(ExitCodes.Failure, found);
        Assert.Equal(ExitCodes.Failure, given);
        Assert.Equal("execplan: cannot write .execplan.yaml: it is a configuration file\n", stderr);
        Assert.Equal("level: standard\n", File.ReadAllText(repo.Combine(".execplan.yaml")));
        Assert.Equal("level: standard\n", File.ReadAllText(repo.Combine("my-config.yaml")));
    }

    [Theory]
    [InlineData(".agent-locks.yaml")]
    [InlineData("PLANS.md")]
    public void The_lock_file_and_the_policy_pointer_are_never_overwritten(string name)
    {
        using var repo = Repository();
        repo.Write(name, "keep me\n");

        var (code, _, stderr) = Run(repo.Path, "lint", ".", "-o", name);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Equal($"execplan: cannot write {name}: it is a repository file the lint reads\n", stderr);
        Assert.Equal("keep me\n", File.ReadAllText(repo.Combine(name)));
    }

    [Fact]
    public void A_folder_as_output_is_named_as_such()
    {
        using var repo = Repository();
        repo.Folder("out");

        var (code, _, stderr) = Run(repo.Path, "lint", ".", "-o", "out/");

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Equal("execplan: cannot write out/: it is a folder\n", stderr);
    }

    [Fact]
    public void A_file_in_the_way_of_the_output_folder_is_named_as_such()
    {
        using var repo = Repository();
        var taken = repo.Write("taken", "a file, not a folder");

        var (code, _, stderr) = Run(repo.Path, "lint", ".", "-o", "taken/report.txt");

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Equal($"execplan: cannot write taken/report.txt: {taken} is a file, not a folder\n", stderr);
    }

    [Fact]
    public void Missing_output_folders_are_created()
    {
        using var repo = Repository();

        var (code, _, stderr) = Run(repo.Path, "lint", ".", "-o", "out/deeper/report.txt");

        Assert.Equal(ExitCodes.LintErrors, code);
        Assert.Contains("plans/broken-PLAN.md(", File.ReadAllText(repo.Combine("out/deeper/report.txt")).Replace('\\', '/'), StringComparison.Ordinal);
        Assert.DoesNotContain("cannot write", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_replaces_the_old_one_whole_and_leaves_no_temporary_file()
    {
        using var repo = Repository();
        var old = repo.Write("out/report.txt", "the old report\n");

        var (code, _, _) = Run(repo.Path, "lint", ".", "-o", "out/report.txt");

        Assert.Equal(ExitCodes.LintErrors, code);
        Assert.StartsWith("plans", File.ReadAllText(old), StringComparison.Ordinal);
        Assert.Equal([old], Directory.GetFiles(repo.Combine("out")));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("sarif")]
    [InlineData("json")]
    public void A_run_that_fails_keeps_the_old_report_and_leaves_no_temporary_file(string format)
    {
        using var repo = Repository();
        var old = repo.Write("out/report.txt", "the old report\n");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var code = CommandLine.Run(["lint", ".", "--format", format, "-o", "out/report.txt"], TextWriter.Null, TextWriter.Null, repo.Path, cancelled.Token);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Equal("the old report\n", File.ReadAllText(old));
        Assert.Equal([old], Directory.GetFiles(repo.Combine("out")));
    }

    [Fact]
    public void A_report_through_a_link_keeps_the_link()
    {
        using var repo = Repository();
        var real = repo.Write("real/report.txt", "the old report\n");
        var link = repo.Combine("report.txt");
        File.CreateSymbolicLink(link, real);

        var (code, _, _) = Run(repo.Path, "lint", ".", "-o", "report.txt");

        Assert.Equal(ExitCodes.LintErrors, code);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.StartsWith("plans", File.ReadAllText(real), StringComparison.Ordinal);
    }
}
