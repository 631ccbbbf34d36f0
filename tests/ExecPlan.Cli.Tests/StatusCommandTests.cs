using System.Text.Json;

namespace ExecPlan.Cli.Tests;

/// <summary>`execplan status`: each format through the built `execplan`, both plan formats, exit codes, and "now" fixed in process.</summary>
public sealed class StatusCommandTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2025, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _repo = TempFolder.WithGit();

    public StatusCommandTests()
    {
        _repo.Write("plans/active-PLAN.md", Plans.Compliant);
        _repo.Write("plans/blocked-PLAN.md", Plans.With("status: IN_PROGRESS", "status: BLOCKED").Replace("id: demo-plan", "id: blocked-plan", StringComparison.Ordinal));
        _repo.Write("plans/draft-PLAN.md", Plans.With("status: IN_PROGRESS", "status: DRAFT").Replace("id: demo-plan", "id: draft-plan", StringComparison.Ordinal));
        _repo.Write("cookbook/.execplan.yaml", "schema: cookbook\n");
        _repo.Write("cookbook/plans/cache.md", Plans.Cookbook);
    }

    public void Dispose() => _repo.Dispose();

    private (int Code, string Stdout, string Stderr) RunAtNow(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.RunAt(args, stdout, stderr, _repo.Path, new FixedClock(Now));
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Text_lists_every_plan_of_both_formats_with_its_age_and_the_totals()
    {
        var (code, stdout, stderr) = BuiltCli.Run(_repo.Path, "status");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("IN_PROGRESS  Cache the resolver", stdout, StringComparison.Ordinal);
        Assert.Contains("  cookbook/plans/cache.md  (cookbook)", stdout, StringComparison.Ordinal);
        Assert.Contains("BLOCKED  PLAN: Demo  [BLOCKED]", stdout, StringComparison.Ordinal);
        Assert.Contains("DRAFT  PLAN: Demo", stdout, StringComparison.Ordinal);
        Assert.Matches(@"last activity \d+d( \d+h)? ago  progress 1/2", stdout);
        Assert.Contains("4 plans: 1 DRAFT, 2 IN_PROGRESS, 1 BLOCKED", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Ages_and_staleness_are_measured_from_the_injected_clock()
    {
        var (code, stdout, _) = RunAtNow("status", "plans/active-PLAN.md", "cookbook");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("IN_PROGRESS  PLAN: Demo  [STALE]", stdout, StringComparison.Ordinal);
        Assert.Contains("last activity 8d 21h ago", stdout, StringComparison.Ordinal);
        Assert.Contains("last activity 23h ago", stdout, StringComparison.Ordinal);
        Assert.Contains("1 stale (in progress, no update for 7d)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_is_versioned_with_a_row_per_plan()
    {
        var (code, stdout, _) = RunAtNow("status", "--format", "json");

        Assert.Equal(ExitCodes.Success, code);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal("2025-12-01T12:00:00Z", root.GetProperty("generatedAt").GetString());
        Assert.Equal(4, root.GetProperty("plans").GetArrayLength());
        var totals = root.GetProperty("totals");
        Assert.Equal((1, 1), (totals.GetProperty("stale").GetInt32(), totals.GetProperty("blocked").GetInt32()));
        Assert.Equal(1, totals.GetProperty("byStatus").GetProperty("DRAFT").GetInt32());
    }

    [Fact]
    public void Markdown_and_html_go_to_standard_output_or_to_the_output_file()
    {
        var (code, markdown, _) = BuiltCli.Run(_repo.Path, "status", "--format", "markdown");
        Assert.Equal(ExitCodes.Success, code);
        Assert.StartsWith("## ExecPlan status\n", markdown.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(4, markdown.Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal)) - 1);

        var (htmlCode, stdout, _) = BuiltCli.Run(_repo.Path, "status", "-f", "html", "-o", "out/board.html");
        Assert.Equal(ExitCodes.Success, htmlCode);
        Assert.Equal(string.Empty, stdout);
        var html = File.ReadAllText(_repo.Combine("out/board.html"));
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Equal(4, html.Split("<article class=\"plan ").Length - 1);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_empty_folder_says_no_plans_were_found_and_exits_0()
    {
        using var empty = TempFolder.WithGit();

        var (code, stdout, stderr) = BuiltCli.Run(empty.Path, "status");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("No plans found.", stdout.Trim());
        Assert.Contains("execplan: no plans found under .; looked for", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("status", "--format", "sarif")]
    [InlineData("status", "no-such-folder")]
    [InlineData("status", "--level", "maximal")]
    public void Usage_errors_and_missing_paths_exit_2(params string[] args)
    {
        var (code, stdout, stderr) = RunAtNow(args);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Equal(string.Empty, stdout);
        Assert.StartsWith("execplan: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_threshold_is_a_located_configuration_error_and_exits_2()
    {
        _repo.Write(".execplan.yaml", "metrics:\n  evidence_coverage: 2\n");

        var (code, _, stderr) = RunAtNow("status", "--format", "json");

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains(".execplan.yaml(2,22): error EXP0007: Invalid configuration: '2' is not a ratio for 'metrics.evidence_coverage'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_secret_in_a_title_or_next_action_reaches_no_format()
    {
        var token = string.Concat("gh", "p_", "R8BcQ4t8JbV1eyQjQapBLaHwUc9Rv9xZ2mKq");
        _repo.Write("plans/active-PLAN.md", Plans.Compliant
            .Replace("# PLAN: Demo", $"# PLAN: Demo {token}", StringComparison.Ordinal)
            .Replace("Next Action: Run `dotnet test`.", $"Next Action: Export {token} first.", StringComparison.Ordinal));

        foreach (var format in new[] { "text", "markdown", "json", "html" })
        {
            var (code, stdout, stderr) = RunAtNow("status", "--format", format);

            Assert.Equal(ExitCodes.Success, code);
            Assert.Contains("Export ", stdout, StringComparison.Ordinal);
            Assert.DoesNotContain("R8BcQ4t8", stdout + stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Help_lists_the_command_and_its_formats()
    {
        var (_, help, _) = RunAtNow("--help");
        var (code, statusHelp, _) = RunAtNow("status", "--help");

        Assert.Contains("status", help, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("text (default), markdown, json or html", statusHelp, StringComparison.Ordinal);
        Assert.Contains("stale_after (default 7d)", statusHelp, StringComparison.Ordinal);
    }

    /// <summary>A clock that always says the same instant.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
