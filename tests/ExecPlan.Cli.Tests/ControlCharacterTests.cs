namespace ExecPlan.Cli.Tests;

/// <summary>Control characters from file names, headings and YAML values reach the terminal and CI logs as visible escapes, never raw.</summary>
public sealed class ControlCharacterTests
{
    private const string Injected = "x\nFake.cs(9,9): error CS0001: injected. y-PLAN.md";

    [Theory]
    [InlineData("plain C:\\path\\é 𝄞", "plain C:\\path\\é 𝄞")]
    [InlineData("a\tb\rc\nd", "a\\tb\\rc\\nd")]
    [InlineData("\u0000\u001B\u007F", "\\x00\\x1B\\x7F")]
    [InlineData("\u0080\u0085\u009B\u009F\u00A0", "\\x80\\x85\\x9B\\x9F\u00A0")]
    [InlineData("\u2028\u2029", "\\u2028\\u2029")]
    [InlineData("\u202A\u202E\u2066\u2069\u200E", "\\u202A\\u202E\\u2066\\u2069\u200E")]
    public void Escape_shows_each_control_character_as_a_visible_escape(string text, string expected) =>
        Assert.Equal(expected, ExecPlan.Output.ControlCharacters.Escape(text));

    [Fact]
    public void A_plan_named_to_forge_a_compiler_error_prints_one_line_per_finding()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Windows file names cannot hold a newline.
        }

        using var repo = new TempFolder();
        repo.Folder(".git");
        File.WriteAllText(Path.Combine(repo.Path, Injected), "---\nid: x\nstatus: \"\u001B[31mbad\"\n---\n# PLAN: T\n\n## Weird \u001B[2J heading\n");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = CommandLine.Run(["lint", "."], stdout, stderr, repo.Path);

        Assert.Equal(ExitCodes.LintErrors, code);
        var lines = stdout.ToString().TrimEnd('\n').Split('\n');
        var findings = int.Parse(stderr.ToString().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(lines.Length >= 3);
        Assert.All(lines, l => Assert.StartsWith("x\\nFake.cs(9,9): error CS0001: injected. y-PLAN.md(", l, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("Fake.cs", StringComparison.Ordinal));
        Assert.DoesNotContain('\u001B', stdout.ToString());
        Assert.Contains(lines, l => l.Contains("'\\x1B[31mbad' is not a valid status", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("'## Weird \\x1B[2J heading'", StringComparison.Ordinal));
        Assert.True(lines.Length >= findings);
    }

    [Fact]
    public void The_cli_own_messages_escape_the_paths_they_quote()
    {
        using var repo = new TempFolder();
        repo.Folder(".git");
        using var stderr = new StringWriter();

        var missing = CommandLine.Run(["lint", "no\u001B[2Jsuch\u202Efile"], TextWriter.Null, stderr, repo.Path);
        var output = CommandLine.Run(["lint", ".", "-o", "\u001B]0;x\u0007"], TextWriter.Null, stderr, repo.Path);
        var usage = CommandLine.Run(["lint", "--format", "te\nxt"], TextWriter.Null, stderr, repo.Path);

        Assert.Equal((ExitCodes.Failure, ExitCodes.Success, ExitCodes.Failure), (missing, output, usage));
        Assert.Contains("path not found: " + Path.Combine(repo.Path, "no\\x1B[2Jsuch\\u202Efile") + "\n", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("execplan: unknown format 'te\\nxt'; use text, sarif, json, github or markdown.\n", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain('\u001B', stderr.ToString());
    }

    [Fact]
    public void A_refused_output_is_quoted_with_escapes()
    {
        using var repo = new TempFolder();
        repo.Folder(".git");
        repo.Folder("out\u001B[2J");
        using var stderr = new StringWriter();

        var code = CommandLine.Run(["lint", ".", "-o", "out\u001B[2J"], TextWriter.Null, stderr, repo.Path);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Equal("execplan: cannot write out\\x1B[2J: it is a folder\n", stderr.ToString());
    }

    [Fact]
    public void The_parse_errors_of_System_CommandLine_escape_the_arguments_they_quote()
    {
        using var stderr = new StringWriter();

        var code = CommandLine.Run(["ln\u001B[2Jt"], TextWriter.Null, stderr, null);
        var option = CommandLine.Run(["lint", "--format", "json", "--format", "te\u202Ext"], TextWriter.Null, stderr, null);

        Assert.Equal((ExitCodes.Failure, ExitCodes.Failure), (code, option));
        Assert.Contains("'ln\\x1B[2Jt'", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain('\u001B', stderr.ToString());
        Assert.DoesNotContain('\u202E', stderr.ToString());
    }
}
