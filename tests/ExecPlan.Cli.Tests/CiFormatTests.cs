using ExecPlan.Output;

namespace ExecPlan.Cli.Tests;

/// <summary>`--format github` and `--format markdown` through the built `execplan`, with hostile file names and messages: a
/// finding's text never starts a workflow command or a table row of its own.</summary>
public sealed class CiFormatTests
{
    private const string BrokenPlan = "No front matter, no title.\n";

    private static string[] Lines(string text) => text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Github_prints_one_workflow_command_per_finding_by_severity()
    {
        using var repo = TempFolder.WithGit();
        repo.Write("PLAN.md", BrokenPlan);

        var (code, stdout, stderr) = BuiltCli.Run(repo.Path, "lint", "--format", "github");
        var (_, text, _) = BuiltCli.Run(repo.Path, "lint");

        Assert.Equal(ExitCodes.LintErrors, code);
        var lines = Lines(stdout);
        Assert.Equal(Lines(text).Length, lines.Length);
        Assert.Contains("::error file=PLAN.md,line=1,col=1,endLine=1,endColumn=1,title=EXP0101::The plan has no YAML front matter", stdout, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("::warning file=PLAN.md,", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.Matches(@"^::(error|warning|notice) file=PLAN\.md,line=\d+,col=\d+,(endLine=\d+,endColumn=\d+,)?title=EXP\d{4}::\S", l));
        Assert.Contains(" in 1 file", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Github_escapes_hostile_file_names_in_properties()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // no newline, ':' or '|' in Windows file names
        }

        using var repo = TempFolder.WithGit();
        repo.Write("plans/a,b:c%d\n::error::pwned.md", BrokenPlan);

        var (code, stdout, _) = BuiltCli.Run(repo.Path, "lint", "--format", "github");

        Assert.Equal(ExitCodes.LintErrors, code);
        var lines = Lines(stdout);
        Assert.All(lines, l => Assert.StartsWith("::", l, StringComparison.Ordinal));
        Assert.All(lines, l => Assert.Contains("file=plans/a%2Cb%3Ac%25d%0A%3A%3Aerror%3A%3Apwned.md,", l, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("::error::pwned", StringComparison.Ordinal));
    }

    [Fact]
    public void Github_escapes_percent_and_line_breaks_in_messages_and_shows_other_control_characters()
    {
        using var repo = TempFolder.WithGit();
        repo.Write(".execplan.yaml", "schema: \"x%\\r\\n::error::y,z\\u001B[31m\"\n");

        var (code, stdout, _) = BuiltCli.Run(repo.Path, "lint", "--format", "github");

        Assert.Equal(ExitCodes.Failure, code);
        var line = Assert.Single(Lines(stdout), l => l.Contains("EXP0007", StringComparison.Ordinal));
        Assert.StartsWith("::error file=.execplan.yaml,line=1,", line, StringComparison.Ordinal);
        Assert.Contains("::Invalid configuration: 'x%25%0D%0A::error::y,z\\x1B[31m' is not a plan format", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001B', stdout);
    }

    [Fact]
    public void Markdown_summarises_totals_and_tables_the_findings_with_escaped_cells()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var repo = TempFolder.WithGit();
        repo.Write("plans/a|b\n| x | y |.md", BrokenPlan);
        repo.Write(".execplan.yaml", "schema: \"p|q\\nr <b>\"\n");

        var (code, stdout, stderr) = BuiltCli.Run(repo.Path, "lint", "--format", "markdown");

        Assert.Equal(ExitCodes.Failure, code);
        var lines = Lines(stdout);
        Assert.Equal("## execplan lint", lines[0]);
        Assert.Contains("| Errors | Warnings | Infos | Files |", lines);
        Assert.Contains("| File | Line | Rule | Severity | Message |", lines);
        var rows = lines.SkipWhile(l => !l.StartsWith("| File ", StringComparison.Ordinal)).Skip(2).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Equal(6, row.Replace("\\|", string.Empty, StringComparison.Ordinal).Count(c => c == '|')));
        Assert.Contains(rows, r => r.StartsWith("| plans/a\\|b<br>\\| x \\| y \\|.md | 1 | EXP0101 | error | ", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("'p\\|q<br>r &lt;b&gt;' is not a plan format", StringComparison.Ordinal));
        Assert.Contains("errors", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_caps_the_table_and_says_how_many_more()
    {
        using var repo = TempFolder.WithGit();
        for (var i = 0; i < 20; i++)
        {
            repo.Write($"plans/p{i:D2}.md", BrokenPlan);
        }

        var (_, json, _) = BuiltCli.Run(repo.Path, "lint", "--format", "json");
        var (code, stdout, _) = BuiltCli.Run(repo.Path, "lint", "--format", "markdown");

        var findings = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("files").EnumerateArray().Sum(f => f.GetProperty("diagnostics").GetArrayLength());
        Assert.True(findings > MarkdownSummaryWriter.MaxRows, $"{findings} findings");
        Assert.Equal(ExitCodes.LintErrors, code);
        var rows = Lines(stdout).Where(l => l.StartsWith("| plans/", StringComparison.Ordinal)).ToList();
        Assert.Equal(MarkdownSummaryWriter.MaxRows, rows.Count);
        Assert.Contains($"and {findings - MarkdownSummaryWriter.MaxRows} more.", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_of_a_clean_run_says_no_findings()
    {
        using var repo = TempFolder.WithGit();

        var (code, stdout, _) = BuiltCli.Run(repo.Path, "lint", "--format", "markdown");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("| 0 | 0 | 0 | 0 |", stdout, StringComparison.Ordinal);
        Assert.Contains("No findings.", stdout, StringComparison.Ordinal);
    }
}
