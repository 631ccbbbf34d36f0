using System.Text.Json;
using ExecPlan.Schema.Generated;
using ExecPlan.Linting;

namespace ExecPlan.Cli.Tests;

public sealed class CommandLineTests
{
    private static (int Code, string Stdout, string Stderr) Run(string? workingDirectory, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr, workingDirectory);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>An empty repository: a `.git` folder and nothing to lint, so every engine finds no errors in it.</summary>
    private static TempFolder EmptyRepository()
    {
        var folder = new TempFolder();
        folder.Folder(".git");
        return folder;
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public void Top_level_help_lists_the_commands(string flag)
    {
        var (code, stdout, _) = Run(null, flag);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("Usage:", stdout, StringComparison.Ordinal);
        Assert.Contains("execplan [command] [options]", stdout, StringComparison.Ordinal);
        Assert.Contains("lint", stdout, StringComparison.Ordinal);
        Assert.Contains("explain", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lint", "--help")]
    [InlineData("lint", "-h")]
    [InlineData("rules", "--help")]
    [InlineData("explain", "--help")]
    [InlineData("mcp", "--help")]
    [InlineData("help", "lint")]
    public void Every_command_has_help(string command, string flag)
    {
        var (code, stdout, _) = Run(null, command, flag);

        // System.CommandLine's layout: "Usage:" on a line of its own, the command line indented below it.
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("Usage:\n  execplan " + (command == "help" ? flag : command), stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_version()
    {
        var (code, stdout, _) = Run(null, "--version");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Matches(@"^\d+\.\d+\.\d+", stdout);
    }

    [Theory]
    [InlineData]
    [InlineData("frobnicate")]
    [InlineData("--frobnicate")]
    [InlineData("lint", "--frobnicate")]
    [InlineData("lint", "--format")]
    [InlineData("lint", "--format", "xml")]
    [InlineData("lint", "--level", "strict")]
    [InlineData("lint", "--format", "json", "--format", "text")]
    [InlineData("rules", "extra")]
    [InlineData("rules", "--format", "html")]
    [InlineData("explain")]
    [InlineData("explain", "EXP0202", "EXP0203")]
    [InlineData("mcp", "--root", "no-such-folder")]
    [InlineData("mcp", "extra")]
    [InlineData("help", "frobnicate")]
    public void Usage_errors_exit_2_with_a_hint_and_no_stack_trace(params string[] args)
    {
        var (code, _, stderr) = Run(null, args);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("execplan", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        if (args.Length > 0)
        {
            Assert.Contains("--help", stderr, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("EXP0202")]
    [InlineData("exp0202")]
    [InlineData("missing-required-section")]
    public void Explain_shows_the_rule(string query)
    {
        var rule = RuleCatalog.Find("EXP0202")!;

        var (code, stdout, _) = Run(null, "explain", query);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains(rule.Id, stdout, StringComparison.Ordinal);
        Assert.Contains(rule.Name, stdout, StringComparison.Ordinal);
        Assert.Contains(rule.Family, stdout, StringComparison.Ordinal);
        Assert.Contains(rule.MessageFormat, stdout, StringComparison.Ordinal);
        Assert.Contains("error", stdout, StringComparison.Ordinal);
        Assert.Contains(rule.Help.Split(' ')[0], stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_of_an_unknown_rule_exits_2()
    {
        var (code, stdout, stderr) = Run(null, "explain", "EXP9999");

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Empty(stdout);
        Assert.Contains("EXP9999", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_lists_every_rule_by_family()
    {
        var (code, stdout, _) = Run(null, "rules");

        Assert.Equal(ExitCodes.Success, code);
        Assert.All(RuleCatalog.All, rule => Assert.Contains(rule.Id, stdout, StringComparison.Ordinal));
        Assert.All(RuleCatalog.All.Select(r => r.Family).Distinct(), family => Assert.Contains(family + "\n", stdout, StringComparison.Ordinal));
    }

    private const string CookbookPlan = "# Add a cache\n\n## Purpose / Big Picture\n\nFaster pages.\n\n## Progress\n\n- [x] (2025-10-01 13:00Z) Added the cache.\n\n"
        + "## Surprises & Discoveries\n\nNone yet.\n\n## Decision Log\n\nNone yet.\n\n## Outcomes & Retrospective\n\nCached.\n";

    [Fact]
    public void Schema_option_lints_every_plan_in_that_format()
    {
        using var repository = EmptyRepository();
        repository.Write("plans/cache.md", CookbookPlan);

        var (defaultCode, defaultOut, _) = Run(repository.Path, "lint", "--format", "json");
        var (code, stdout, _) = Run(repository.Path, "lint", "--schema", "cookbook", "--level", "minimal", "--format", "json");

        Assert.Equal(ExitCodes.LintErrors, defaultCode);
        Assert.Contains("EXP0101", defaultOut, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, code);
        var file = Assert.Single(JsonDocument.Parse(stdout).RootElement.GetProperty("files").EnumerateArray());
        Assert.Equal("cookbook", file.GetProperty("schema").GetString());
        Assert.Equal(0, file.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public void The_nearest_config_chooses_the_format_of_the_plans_under_it()
    {
        using var repository = EmptyRepository();
        repository.Write(".execplan.yaml", "level: minimal\n");
        repository.Write("legacy/.execplan.yaml", "schema: cookbook\nlevel: minimal\n");
        repository.Write("legacy/plans/cache.md", CookbookPlan);
        repository.Write("plans/cache.md", CookbookPlan);

        var (code, stdout, _) = Run(repository.Path, "lint", "--format", "sarif");

        Assert.Equal(ExitCodes.LintErrors, code); // the plan outside legacy/ is read as an ExecPlan
        var run = JsonDocument.Parse(stdout).RootElement.GetProperty("runs")[0];
        var schemas = run.GetProperty("artifacts").EnumerateArray()
            .ToDictionary(a => a.GetProperty("location").GetProperty("uri").GetString()!, a => a.GetProperty("properties").GetProperty("schema").GetString());
        Assert.Equal("cookbook", schemas["legacy/plans/cache.md"]);
        Assert.Equal("execplan", schemas["plans/cache.md"]);
        var files = run.GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString())
            .ToHashSet();
        Assert.DoesNotContain("legacy/plans/cache.md", files);
    }

    [Fact]
    public void Plans_without_the_default_formats_front_matter_get_one_line_on_choosing_the_format()
    {
        using var repository = EmptyRepository();
        repository.Write("plans/one.md", CookbookPlan);
        repository.Write("plans/two.md", CookbookPlan);
        repository.Write("plans/three.md", "---\nid: three\ntitle: A front matter of its own\nstatus: done\n---\n\n" + CookbookPlan);
        repository.Write("plans/four-PLAN.md", Plans.Compliant.Replace("id: demo-plan", "id: four", StringComparison.Ordinal));
        repository.Write("plans/five-PLAN.md", Plans.Compliant.Replace("id: demo-plan", "id: five", StringComparison.Ordinal).Replace("profile: codex-strict\n", string.Empty, StringComparison.Ordinal));

        var (_, _, stderr) = Run(repository.Path, "lint");
        var (_, _, chosen) = Run(repository.Path, "lint", "--schema", "execplan");
        repository.Write(".execplan.yaml", "schema: cookbook\n");
        var (_, _, configured) = Run(repository.Path, "lint");

        var hint = Assert.Single(stderr.Split('\n'), l => l.Contains("schema: cookbook", StringComparison.Ordinal));
        Assert.StartsWith("execplan: 3 plans have no front matter, or not the one the execplan format requires, and were read in that format;", hint, StringComparison.Ordinal);
        Assert.Contains("; if they follow the cookbook's", hint, StringComparison.Ordinal);
        Assert.EndsWith("or lint with --schema cookbook.", hint, StringComparison.Ordinal);
        Assert.StartsWith("1 plan has no front matter, or not the one the execplan format requires, and was read in that format; if it follows the cookbook's", LintTotals.FormatHint(1, "x"), StringComparison.Ordinal);
        Assert.DoesNotContain("schema: cookbook", chosen, StringComparison.Ordinal);
        Assert.DoesNotContain("schema: cookbook", configured, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lint", "--schema", "plans")]
    [InlineData("rules", "--schema", "cook")]
    public void An_unknown_schema_is_a_usage_error(string command, string option, string value)
    {
        using var repository = EmptyRepository();
        var (code, _, stderr) = Run(repository.Path, command, option, value);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("execplan or cookbook", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_schema_in_the_config_is_located()
    {
        using var repository = EmptyRepository();
        repository.Write(".execplan.yaml", "level: minimal\nschema: plans-md\n");

        var (code, stdout, _) = Run(repository.Path, "lint");

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains(".execplan.yaml(2,9): error EXP0007: Invalid configuration: 'plans-md' is not a plan format; use execplan or cookbook", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_of_one_schema_lists_only_the_rules_that_apply_to_it()
    {
        var (code, stdout, _) = Run(null, "rules", "--schema", "cookbook");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("EXP0312", stdout, StringComparison.Ordinal);
        Assert.Contains("EXP0202", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("EXP0101", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("EXP0601", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("EXP0312", Run(null, "rules", "--schema", "execplan").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_markdown_is_the_readme_table()
    {
        var (code, stdout, _) = Run(null, "rules", "--format", "markdown");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(RuleReference.RenderMarkdown(), stdout);
        var rows = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(RuleCatalog.All.Length + 2, rows.Length);
        Assert.All(rows, row => Assert.Equal(7, row.Replace("\\|", string.Empty, StringComparison.Ordinal).Count(c => c == '|')));
        // No raw HTML in the cells, but the anchor each ID cell starts with (editors link findings to it).
        var cells = rows.Select(row => System.Text.RegularExpressions.Regex.Replace(row, "^\\| <a id=\"exp[0-9]{4}\"></a>EXP", "| EXP"));
        Assert.DoesNotContain(cells, row => row.Contains(" <", StringComparison.Ordinal) || row.Contains("(<", StringComparison.Ordinal));
    }

    [Fact]
    public void Lint_of_a_folder_inside_a_plan_folder_lints_its_plans_but_not_a_plans_milestone_documents()
    {
        using var repo = EmptyRepository();
        repo.Write("docs/exec-plans/active/cache.md", CookbookPlan);
        repo.Write("docs/exec-plans/active/milestones/m1.md", "# Milestone 1\n");

        var (code, stdout, stderr) = Run(repo.Path, "lint", "--schema", "cookbook", "--format", "json", "docs/exec-plans/active");

        Assert.Equal(ExitCodes.Success, code);
        Assert.DoesNotContain("no plans found", stderr, StringComparison.Ordinal);
        var files = JsonDocument.Parse(stdout).RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()).ToList();
        Assert.Equal(["docs/exec-plans/active/cache.md"], files);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("sarif")]
    [InlineData("json")]
    public void Lint_that_finds_no_plan_says_where_it_looked_and_exits_0(string format)
    {
        using var repo = EmptyRepository();
        repo.Write("docs/guide.md", "# Guide\n");

        var (code, _, stderr) = Run(repo.Path, "lint", "--format", format);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("execplan: no plans found under .; looked for PLAN.md, *-PLAN.md, EXECPLAN.md (and spellings such as exec-plan.md), EXECPLAN_*.md (and spellings such as EXECPLAN-*.md), *_EXECPLAN.md (and spellings such as *-EXECPLAN.md), and Markdown files under plans/, execplans/, exec-plans/ or exec_plans/ folders.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_of_a_missing_path_exits_2()
    {
        using var repo = EmptyRepository();

        var (code, _, stderr) = Run(repo.Path, "lint", "no-such-plan.md", "--root", repo.Path);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("no-such-plan.md", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_with_a_missing_config_file_exits_2()
    {
        using var repo = EmptyRepository();

        var (code, _, stderr) = Run(repo.Path, "lint", "--config", "nope.yaml", "--root", repo.Path);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("nope.yaml", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_with_an_invalid_config_exits_2_and_prints_the_finding()
    {
        using var repo = EmptyRepository();
        repo.Write(".execplan.yaml", "level: standard\ncolour: blue\n");

        var (code, stdout, _) = Run(repo.Path, "lint", ".", "--config", ".execplan.yaml", "--root", repo.Path);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains(".execplan.yaml(2,1): error EXP0007:", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_of_an_empty_repository_succeeds_with_a_summary()
    {
        using var repo = EmptyRepository();

        var (code, stdout, stderr) = Run(repo.Path, "lint", "--root", repo.Path);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(stdout);
        Assert.Matches(@"^\d+ errors?, \d+ warnings?, \d+ infos? in \d+ files?", stderr);
    }

    [Fact]
    public void Lint_writes_sarif_to_the_output_file()
    {
        using var repo = EmptyRepository();

        var (code, stdout, _) = Run(repo.Path, "lint", ".", "--format", "sarif", "--output", "out/report.sarif", "--root", repo.Path);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(stdout);
        using var sarif = JsonDocument.Parse(File.ReadAllText(repo.Combine("out/report.sarif")));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        Assert.Equal("execplan", sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
    }

    [Fact]
    public void Lint_writes_json_to_stdout()
    {
        using var repo = EmptyRepository();

        var (code, stdout, _) = Run(repo.Path, "lint", "--format=json", "--root", repo.Path);

        Assert.Equal(ExitCodes.Success, code);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(1, json.RootElement.GetProperty("version").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
    }

    [Fact]
    public void Lint_exits_2_when_the_output_cannot_be_written()
    {
        using var repo = EmptyRepository();
        repo.Write("taken", "a file, not a folder");

        var (code, _, stderr) = Run(repo.Path, "lint", "--format", "sarif", "--output", "taken/report.sarif", "--root", repo.Path);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("cannot write", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_of_a_broken_plan_exits_1_and_prints_canonical_lines()
    {
        using var repo = EmptyRepository();
        repo.Write("PLAN.md", "No front matter, no title.\n");

        var (code, stdout, stderr) = Run(repo.Path, "lint", "--root", repo.Path);

        Assert.Equal(ExitCodes.LintErrors, code);
        Assert.Matches(@"(?m)^PLAN\.md\(\d+,\d+\): error EXP0101: ", stdout);
        Assert.Contains(" in 1 file", stderr, StringComparison.Ordinal);
    }
}
