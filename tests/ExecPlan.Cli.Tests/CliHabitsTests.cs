using ExecPlan.Linting;
using ExecPlan.Schema;

namespace ExecPlan.Cli.Tests;

/// <summary>The habits people bring from their other linters, run through the built `execplan` as a user runs it: help, typo
/// suggestions, response files and completion from System.CommandLine.</summary>
public sealed class CliHabitsTests
{
    private const string BrokenPlan = "No front matter, no title.\n";

    // The CLI built beside this test, run as a child process in workingDirectory.
    private static CommandResult Execplan(string workingDirectory, params string[] args) =>
        ChildProcess.Dotnet(workingDirectory, [Path.Combine(AppContext.BaseDirectory, "ExecPlan.Cli.dll"), .. args], timeout: TimeSpan.FromMinutes(2));

    private static TempFolder Repository()
    {
        var folder = new TempFolder();
        folder.Folder(".git");
        return folder;
    }

    [Fact]
    public void Lint_help_shows_the_summary_as_printed_and_the_discovery_globs_and_values_from_the_engine()
    {
        using var repo = Repository();

        var (code, stdout, _) = Execplan(repo.Path, "lint", "--help");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("(\"3 errors, 1 warning, 1 info in 2 files\")", stdout, StringComparison.Ordinal);
        Assert.Contains(PlanDiscovery.Described, stdout, StringComparison.Ordinal);
        Assert.All(PlanSchemas.LevelNames, level => Assert.Contains(level, stdout, StringComparison.Ordinal));
        Assert.All(PlanSchemas.All, schema => Assert.Contains(schema.Key, stdout, StringComparison.Ordinal));
        Assert.Contains("text (default), sarif, json, github or markdown", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_option_is_a_usage_error_that_suggests_the_option()
    {
        using var repo = Repository();

        var (code, stdout, stderr) = Execplan(repo.Path, "lint", "--formt", "json");

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Empty(stdout);
        Assert.Contains("unknown option '--formt'", stderr, StringComparison.Ordinal);
        Assert.Contains("Did you mean '--format'?", stderr, StringComparison.Ordinal);
        Assert.Contains("Run 'execplan lint --help' for usage.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_command_gets_the_library_suggestion()
    {
        using var repo = Repository();

        var (code, stdout, stderr) = Execplan(repo.Path, "lnt");

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Empty(stdout);
        Assert.Contains("Did you mean one of the following?", stderr, StringComparison.Ordinal);
        Assert.Contains("\nlint\n", stderr.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("--help", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void After_a_double_dash_a_path_may_start_with_a_dash()
    {
        using var repo = Repository();
        repo.Write("plans/--odd.md", BrokenPlan);

        var (code, stdout, _) = Execplan(repo.Path, "lint", "--", "plans/--odd.md");

        Assert.Equal(ExitCodes.LintErrors, code);
        Assert.Contains("plans/--odd.md(", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_response_file_holds_arguments()
    {
        using var repo = Repository();
        repo.Write("PLAN.md", BrokenPlan);
        repo.Write("lint.rsp", "--format\njson\nPLAN.md\n");

        var (code, stdout, _) = Execplan(repo.Path, "lint", "@lint.rsp");

        Assert.Equal(ExitCodes.LintErrors, code);
        Assert.StartsWith("{", stdout.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("\"path\": \"PLAN.md\"", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_suggest_directive_completes_options_and_values()
    {
        using var repo = Repository();

        // As dotnet-suggest asks: the command line as one string and the cursor position in it.
        var options = Execplan(repo.Path, "[suggest:9]", "lint --fo");
        var values = Execplan(repo.Path, "[suggest:13]", "lint --level ");

        Assert.Equal(ExitCodes.Success, options.ExitCode);
        Assert.Contains("--format", options.Output.Split('\n').Select(l => l.Trim()));
        Assert.All(PlanSchemas.LevelNames, level => Assert.Contains(level, values.Output.Split('\n').Select(l => l.Trim())));
    }

    [Fact]
    public void Version_is_the_engine_version()
    {
        using var repo = Repository();

        var (code, stdout, _) = Execplan(repo.Path, "--version");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(ExecPlan.Output.ToolInfo.Version, stdout.Trim());
    }
}
