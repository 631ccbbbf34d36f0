namespace ExecPlan.Cli.Tests;

/// <summary>`execplan lint -` through the built CLI with its standard input redirected by /bin/sh (Unix only): the plan is
/// named, configured and chosen a format by --stdin-path, and a standard input past max_file_size is EXP0003, read no further.</summary>
public sealed class StdinTests
{
    private const string BrokenPlan = "No front matter, no title.\n";

    // `execplan ARGS < input` (input relative to the working directory); ARGS are passed to the shell as positional parameters.
    private static CommandResult LintStdin(string workingDirectory, string input, params string[] args)
    {
        return ChildProcess.Run("/bin/sh", workingDirectory, ["-c", $"exec \"$0\" \"$@\" < '{input}'", BuiltCli.Program, .. BuiltCli.Arguments(args)], timeout: TimeSpan.FromMinutes(2));
    }

    [Fact]
    public void Lint_dash_reads_the_plan_from_standard_input()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var repo = TempFolder.WithGit();
        repo.Write("input.txt", BrokenPlan);

        var (code, stdout, stderr) = LintStdin(repo.Path, "input.txt", "lint", "-");

        Assert.Equal(ExitCodes.LintErrors, code);
        Assert.Contains($"{LintCommandName}(1,1): error EXP0101: ", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("input.txt", stdout, StringComparison.Ordinal);
        Assert.Contains(" in 1 file", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("EXP0905", stdout, StringComparison.Ordinal); // an unnamed plan has no file name to check

        // Named, it is checked as that file would be.
        var (_, named, _) = LintStdin(repo.Path, "input.txt", "lint", "-", "--stdin-path", "notes/todo.md");
        Assert.Contains("notes/todo.md(1,1): info EXP0905: ", named, StringComparison.Ordinal);
    }

    private const string LintCommandName = Commands.LintCommand.StdinName;

    [Fact]
    public void Stdin_path_names_the_plan_and_chooses_its_configuration_and_format()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var repo = TempFolder.WithGit();
        repo.Write("input.txt", "# Add a cache\n\n## Purpose / Big Picture\n\nFaster pages.\n\n## Progress\n\n- [x] (2025-10-01 13:00Z) Added the cache.\n\n"
            + "## Surprises & Discoveries\n\nNone yet.\n\n## Decision Log\n\nNone yet.\n\n## Outcomes & Retrospective\n\nCached.\n");
        repo.Write("legacy/.execplan.yaml", "schema: cookbook\nlevel: minimal\n");

        var (inLegacy, legacyOut, _) = LintStdin(repo.Path, "input.txt", "lint", "-", "--stdin-path", "legacy/plans/cache.md", "--format", "json");
        var (elsewhere, elsewhereOut, _) = LintStdin(repo.Path, "input.txt", "lint", "-", "--stdin-path", "plans/cache.md", "--format", "json");

        Assert.Equal(ExitCodes.Success, inLegacy);
        var file = Assert.Single(System.Text.Json.JsonDocument.Parse(legacyOut).RootElement.GetProperty("files").EnumerateArray());
        Assert.Equal("legacy/plans/cache.md", file.GetProperty("path").GetString());
        Assert.Equal("cookbook", file.GetProperty("schema").GetString());
        Assert.Equal(ExitCodes.LintErrors, elsewhere);
        Assert.Contains("\"path\": \"plans/cache.md\"", elsewhereOut, StringComparison.Ordinal);
        Assert.Contains("\"schema\": \"execplan\"", elsewhereOut, StringComparison.Ordinal);
        Assert.False(File.Exists(repo.Combine("plans/cache.md")));
    }

    [Theory]
    [InlineData("big.md")]
    [InlineData("/dev/zero")]
    public void A_standard_input_over_max_file_size_is_EXP0003_and_is_not_read_whole(string input)
    {
        if (OperatingSystem.IsWindows() || !File.Exists("/dev/zero"))
        {
            return;
        }

        using var repo = TempFolder.WithGit();
        repo.Write(".execplan.yaml", "max_file_size: 1KiB\n");
        repo.Write("big.md", new string('a', 4096));

        var (code, stdout, _) = LintStdin(repo.Path, input, "lint", "-", "--stdin-path", "PLAN.md");

        Assert.Equal(ExitCodes.LintErrors, code);
        Assert.Contains("PLAN.md(1,1): error EXP0003: The file is more than 1024 bytes, over the limit of 1024 bytes", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lint", "-", "PLAN.md")]
    [InlineData("lint", "--stdin-path", "PLAN.md")]
    [InlineData("lint", "-", "--stdin-path", "plans")]
    public void Stdin_usage_errors_exit_2(params string[] args)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var repo = TempFolder.WithGit();
        repo.Write("input.txt", BrokenPlan);
        repo.Folder("plans");
        repo.Write("PLAN.md", BrokenPlan);

        var (code, stdout, stderr) = LintStdin(repo.Path, "input.txt", args);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Empty(stdout);
        Assert.Contains("--help", stderr, StringComparison.Ordinal);
    }
}
