using System.Text;
using ExecPlan.Cli.Commands;
using ExecPlan.Linting;
using ExecPlan.Output;

namespace ExecPlan.Cli.Tests;

/// <summary>`execplan lint` streams its report to standard output or a file as the engine writes it: the same bytes, characters split between writes intact, and no file from a cancelled run.</summary>
public sealed class LintReportStreamingTests
{
    [Theory]
    [InlineData("sarif")]
    [InlineData("json")]
    public void Execplan_lint_streams_the_same_report_to_standard_output_and_to_a_file_as_the_engine_writes_for_the_whole_run(string format)
    {
        using var repo = new TempFolder();
        repo.Folder(".git");
        for (var i = 0; i < 40; i++)
        {
            repo.Write($"docs/plans/p{i:D2}-PLAN.md", i % 3 == 0 ? "No front matter.\n" : $"# PLAN: plan {i}\n\n## Purpose\n\nSee https://example.com/{i}.\n");
        }

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(["lint", ".", "--format", format, "--root", repo.Path], stdout, stderr, repo.Path);
        var toFile = CommandLine.Run(["lint", ".", "--format", format, "--root", repo.Path, "--output", "report.out"], TextWriter.Null, TextWriter.Null, repo.Path);

        Assert.Equal(ExitCodes.LintErrors, code);
        Assert.Equal(ExitCodes.LintErrors, toFile);
        var run = new PlanLinter(new LintSettings { RootDirectory = repo.Path, WorkingDirectory = repo.Path }).Lint([repo.Path]);
        Assert.Equal(40, run.Files.Length);
        using var expected = new MemoryStream();
        if (format == "sarif")
        {
            SarifWriter.Write(run, expected, repo.Path);
        }
        else
        {
            JsonReportWriter.Write(run, expected, repo.Path);
        }

        var expectedText = Encoding.UTF8.GetString(expected.ToArray()) + "\n";
        Assert.Equal(expectedText, stdout.ToString());
        Assert.Equal(expectedText, File.ReadAllText(repo.Combine("report.out")));
        Assert.StartsWith(LintReport.Summary(LintTotals.Of(run)), stderr.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("sarif")]
    [InlineData("json")]
    public void A_cancelled_lint_says_so_and_leaves_no_output_file(string format)
    {
        using var repo = new TempFolder();
        repo.Folder(".git");
        repo.Write("docs/plans/a-PLAN.md", "No front matter.\n");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        using var stderr = new StringWriter();

        var code = CommandLine.Run(["lint", ".", "--format", format, "--root", repo.Path, "--output", "report.out"], TextWriter.Null, stderr, repo.Path, cancelled.Token);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("cancelled", stderr.ToString(), StringComparison.Ordinal);
        // The report is written to a temporary file that replaces report.out only when complete; a cancelled run deletes it.
        Assert.False(File.Exists(repo.Combine("report.out")));
        Assert.Empty(Directory.GetFiles(repo.Path));
    }

    [Fact]
    public void Bytes_written_to_a_text_writer_decode_even_when_a_character_is_split_between_writes()
    {
        const string Text = "plan é € 𝄞 done";
        using var writer = new StringWriter();
        using (var stream = new TextWriterStream(writer))
        {
            foreach (var b in Encoding.UTF8.GetBytes(Text))
            {
                stream.Write([b]);
            }
        }

        Assert.Equal(Text, writer.ToString());
    }
}
