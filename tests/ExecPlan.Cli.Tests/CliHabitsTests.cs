using ExecPlan.Linting;
using ExecPlan.Schema;

namespace ExecPlan.Cli.Tests;

/// <summary>The habits people bring from their other linters, run through the built `execplan` as a user runs it: help, typo
/// suggestions, response files and completion from System.CommandLine.</summary>
public sealed class CliHabitsTests
{
    private const string BrokenPlan = "No front matter, no title.\n";

    [Fact]
    public void Lint_help_shows_the_summary_as_printed_and_the_discovery_globs_and_values_from_the_engine()
    {
        using var repo = TempFolder.WithGit();

        var (code, stdout, _) = BuiltCli.Run(repo.Path, "lint", "--help");

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
        using var repo = TempFolder.WithGit();

        var (code, stdout, stderr) = BuiltCli.Run(repo.Path, "lint", "--formt", "json");

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Empty(stdout);
        Assert.Contains("unknown option '--formt'", stderr, StringComparison.Ordinal);
        Assert.Contains("Did you mean '--format'?", stderr, StringComparison.Ordinal);
        Assert.Contains("Run 'execplan lint --help' for usage.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void No_command_shows_the_help_and_exits_2()
    {
        using var repo = TempFolder.WithGit();

        var (code, stdout, stderr) = BuiltCli.Run(repo.Path);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("Usage:", stdout, StringComparison.Ordinal);
        Assert.Contains("lint", stdout, StringComparison.Ordinal);
        Assert.Contains("baseline", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Required command", stdout + stderr, StringComparison.Ordinal);
        Assert.Contains("execplan: a command is required (lint, fix, migrate, baseline, status, rules, explain, mcp, lsp).", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_command_gets_the_library_suggestion()
    {
        using var repo = TempFolder.WithGit();

        var (code, stdout, stderr) = BuiltCli.Run(repo.Path, "lnt");

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Empty(stdout);
        Assert.Contains("Did you mean one of the following?", stderr, StringComparison.Ordinal);
        Assert.Contains("\nlint\n", stderr.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("--help", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void After_a_double_dash_a_path_may_start_with_a_dash()
    {
        using var repo = TempFolder.WithGit();
        repo.Write("plans/--odd.md", BrokenPlan);

        var (code, stdout, _) = BuiltCli.Run(repo.Path, "lint", "--", "plans/--odd.md");

        Assert.Equal(ExitCodes.LintErrors, code);
        Assert.Contains("plans/--odd.md(", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_response_file_holds_arguments()
    {
        using var repo = TempFolder.WithGit();
        repo.Write("PLAN.md", BrokenPlan);
        repo.Write("lint.rsp", "--format\njson\nPLAN.md\n");

        var (code, stdout, _) = BuiltCli.Run(repo.Path, "lint", "@lint.rsp");

        Assert.Equal(ExitCodes.LintErrors, code);
        Assert.StartsWith("{", stdout.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("\"path\": \"PLAN.md\"", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_suggest_directive_completes_options_and_values()
    {
        using var repo = TempFolder.WithGit();

        // As dotnet-suggest asks: the command line as one string and the cursor position in it.
        var options = BuiltCli.Run(repo.Path, "[suggest:9]", "lint --fo");
        var values = BuiltCli.Run(repo.Path, "[suggest:13]", "lint --level ");

        Assert.Equal(ExitCodes.Success, options.ExitCode);
        Assert.Contains("--format", options.Output.Split('\n').Select(l => l.Trim()));
        Assert.All(PlanSchemas.LevelNames, level => Assert.Contains(level, values.Output.Split('\n').Select(l => l.Trim())));
    }

    [Fact]
    public void Version_is_the_engine_version()
    {
        using var repo = TempFolder.WithGit();

        var (code, stdout, _) = BuiltCli.Run(repo.Path, "--version");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(ExecPlan.Output.ToolInfo.Version, stdout.Trim());
    }

    // The broken plan with its errors turned off: warnings and an info only.
    private static TempFolder WarningsOnly()
    {
        var repo = TempFolder.WithGit();
        repo.Write("PLAN.md", BrokenPlan);
        repo.Write(".execplan.yaml", "rules:\n  EXP0101: off\n  EXP0201: off\n  EXP0202: off\n");
        return repo;
    }

    [Fact]
    public void Max_warnings_exits_1_with_a_message_only_past_the_limit()
    {
        using var repo = WarningsOnly();
        var (_, _, plain) = BuiltCli.Run(repo.Path, "lint");
        var warnings = int.Parse(System.Text.RegularExpressions.Regex.Match(plain, @"errors?, (\d+) warnings").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(warnings > 1, plain);

        var at = BuiltCli.Run(repo.Path, "lint", "--max-warnings", warnings.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var over = BuiltCli.Run(repo.Path, "lint", "--max-warnings", (warnings - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "json");
        var negative = BuiltCli.Run(repo.Path, "lint", "--max-warnings=-1");
        var word = BuiltCli.Run(repo.Path, "lint", "--max-warnings", "some");

        Assert.Equal(ExitCodes.Success, at.ExitCode);
        Assert.DoesNotContain("--max-warnings", at.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.LintErrors, over.ExitCode);
        Assert.Contains($"execplan: {warnings} warnings, more than --max-warnings {warnings - 1} allows.", over.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Failure, negative.ExitCode); // System.CommandLine does not take "-1" as the option's value
        Assert.Contains("-1", negative.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Failure, word.ExitCode);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("github")]
    public void Quiet_reports_errors_only_and_keeps_the_exit_code_and_summary(string format)
    {
        using var repo = TempFolder.WithGit();
        repo.Write("PLAN.md", BrokenPlan);

        var loud = BuiltCli.Run(repo.Path, "lint", "--format", format);
        var quiet = BuiltCli.Run(repo.Path, "lint", "--quiet", "--format", format);
        using var warningsOnly = WarningsOnly();
        var clean = BuiltCli.Run(warningsOnly.Path, "lint", "-q", "--format", format);

        Assert.Equal(ExitCodes.LintErrors, quiet.ExitCode);
        Assert.Equal(loud.Error, quiet.Error);
        Assert.Equal(ExitCodes.Success, clean.ExitCode);
        string[] notErrors = format switch
        {
            "text" => [": warning EXP", ": info EXP"],
            "json" => ["\"severity\": \"warning\"", "\"severity\": \"info\""],
            _ => ["::warning ", "::notice "],
        };
        Assert.Contains(notErrors[0], loud.Output, StringComparison.Ordinal);
        Assert.All(notErrors, n => Assert.DoesNotContain(n, quiet.Output, StringComparison.Ordinal));
        Assert.Contains("EXP0101", quiet.Output, StringComparison.Ordinal);
        Assert.All(notErrors, n => Assert.DoesNotContain(n, clean.Output, StringComparison.Ordinal));
    }

    [Fact]
    public void A_path_may_be_a_glob_whose_matches_are_linted()
    {
        using var repo = TempFolder.WithGit();
        repo.Write("docs/exec-plans/a/one.md", BrokenPlan);
        repo.Write("docs/exec-plans/two.md", BrokenPlan);
        repo.Write("docs/other/three.md", BrokenPlan);
        repo.Write("docs/other/notes.txt", BrokenPlan);

        var recursive = BuiltCli.Run(repo.Path, "lint", "docs/exec-plans/**/*.md", "--format", "json");
        var oneLevel = BuiltCli.Run(repo.Path, "lint", "docs/*/*.md", "--format", "json");
        var absolute = BuiltCli.Run(repo.Path, "lint", repo.Path + "/docs/**/three.md", "--format", "json");

        static string[] Paths(string json) => [.. System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()!)];
        Assert.Equal(ExitCodes.LintErrors, recursive.ExitCode);
        Assert.Equal(["docs/exec-plans/a/one.md", "docs/exec-plans/two.md"], Paths(recursive.Output));
        Assert.Equal(["docs/exec-plans/two.md", "docs/other/three.md"], Paths(oneLevel.Output));
        Assert.Equal(["docs/other/three.md"], Paths(absolute.Output));
    }

    [Fact]
    public void A_glob_that_matches_nothing_exits_2_naming_it()
    {
        using var repo = TempFolder.WithGit();
        repo.Write("PLAN.md", BrokenPlan);

        var (code, stdout, stderr) = BuiltCli.Run(repo.Path, "lint", "PLAN.md", "docs/**/*.md");

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Empty(stdout);
        Assert.Contains("execplan: no file matches 'docs/**/*.md'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_whose_name_holds_a_wildcard_is_taken_as_named()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // '*' and '?' cannot be in a Windows file name
        }

        using var repo = TempFolder.WithGit();
        repo.Write("plans/what?.md", BrokenPlan);
        repo.Write("plans/whatx.md", BrokenPlan);

        var (code, stdout, _) = BuiltCli.Run(repo.Path, "lint", "plans/what?.md");

        Assert.Equal(ExitCodes.LintErrors, code);
        Assert.Contains("plans/what?.md(", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("whatx", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("github")]
    public void The_summary_comes_after_the_findings_when_both_reach_one_log(string format)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var repo = TempFolder.WithGit();
        repo.Write("PLAN.md", BrokenPlan);
        var result = ChildProcess.Run("/bin/sh", repo.Path, ["-c", "exec \"$0\" \"$@\" > both.log 2>&1", BuiltCli.Program, .. BuiltCli.Arguments("lint", "--format", format)], timeout: TimeSpan.FromMinutes(2));

        Assert.Equal(ExitCodes.LintErrors, result.ExitCode);
        var lines = File.ReadAllLines(repo.Combine("both.log"));
        var summary = Array.FindIndex(lines, l => l.StartsWith("12 errors, ", StringComparison.Ordinal) || System.Text.RegularExpressions.Regex.IsMatch(l, @"^\d+ errors?, "));
        var lastFinding = Array.FindLastIndex(lines, l => l.Contains("EXP0", StringComparison.Ordinal) && !l.StartsWith("execplan:", StringComparison.Ordinal));
        Assert.True(summary > 0 && lastFinding >= 0, string.Join('\n', lines));
        Assert.True(summary > lastFinding, string.Join('\n', lines));
    }
}
