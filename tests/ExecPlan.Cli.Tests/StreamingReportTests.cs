using System.Text;
using System.Text.Json;
using ExecPlan.Cli.Commands;
using ExecPlan.Linting;
using ExecPlan.Output;

namespace ExecPlan.Cli.Tests;

/// <summary>Reports of large runs reach their stream in pieces as they are written, never held whole in memory first.</summary>
public sealed class StreamingReportTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "streaming-repo");

    private static LintRun LargeRun()
    {
        var files = Enumerable.Range(0, 200).Select(i =>
        {
            var path = Path.Combine(Root, "plans", $"p{i:D3}-PLAN.md");
            return new FileReport(path, [.. Enumerable.Range(1, 50).Select(line => Findings.Make("EXP0202", Diagnostics.Severity.Error, path, line: line))]);
        });
        return new LintRun([.. files], []);
    }

    [Theory]
    [InlineData("sarif")]
    [InlineData("json")]
    public void Json_reports_are_flushed_while_they_are_written(string format)
    {
        using var stream = new RecordingStream();
        if (format == "sarif")
        {
            SarifWriter.Write(LargeRun(), stream, Root);
        }
        else
        {
            JsonReportWriter.Write(LargeRun(), stream, Root);
        }

        Assert.True(stream.Length > 1_000_000, $"the report is only {stream.Length} bytes");
        Assert.True(stream.Writes > 10, $"{stream.Writes} writes");
        Assert.True(stream.LargestWrite < 256 * 1024, $"one write of {stream.LargestWrite} bytes");
        _ = JsonDocument.Parse(stream.ToArray());
    }

    [Theory]
    [InlineData("sarif")]
    [InlineData("json")]
    public void A_report_reaches_its_stream_file_by_file_and_ends_as_the_whole_run_would(string format)
    {
        var run = LargeRun();
        using var whole = new MemoryStream();
        using var streamed = new RecordingStream();
        using (var report = format == "sarif" ? SarifWriter.Open(streamed, Root) : JsonReportWriter.Open(streamed, Root))
        {
            report.WriteRunFindings(run.RunDiagnostics);
            foreach (var file in run.Files.Take(100))
            {
                report.WriteFile(file);
            }

            // Half the files written: most of their bytes are already in the stream, not held by the writer.
            Assert.True(streamed.Length > 400_000, $"only {streamed.Length} bytes written after 100 files");
            foreach (var file in run.Files.Skip(100))
            {
                report.WriteFile(file);
            }

            report.Finish(LintTotals.Of(run));
        }

        if (format == "sarif")
        {
            SarifWriter.Write(run, whole, Root);
        }
        else
        {
            JsonReportWriter.Write(run, whole, Root);
        }

        Assert.Equal(whole.ToArray(), streamed.ToArray());
    }

    [Fact]
    public void The_json_summary_comes_last_with_the_counts_of_the_whole_run()
    {
        using var stream = new MemoryStream();
        JsonReportWriter.Write(LargeRun(), stream, Root);

        using var json = JsonDocument.Parse(stream.ToArray());
        Assert.Equal(["version", "files", "runDiagnostics", "summary"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(10_000, json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
        Assert.Equal(200, json.RootElement.GetProperty("summary").GetProperty("files").GetInt32());
    }

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

    [Fact]
    public void Text_reports_write_one_line_per_finding_with_the_relative_path()
    {
        using var writer = new StringWriter();
        CanonicalFormatter.WriteAll(writer, LargeRun().All, Root);

        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(10_000, lines.Length);
        Assert.StartsWith(Path.Combine("plans", "p000-PLAN.md") + "(1,5): error EXP0202: ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith(Path.Combine("plans", "p199-PLAN.md") + "(50,5): error EXP0202: ", lines[^1], StringComparison.Ordinal);
    }

    private sealed class RecordingStream : MemoryStream
    {
        public int Writes { get; private set; }

        public int LargestWrite { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Record(count);
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Record(buffer.Length);
            base.Write(buffer);
        }

        private void Record(int count)
        {
            Writes++;
            LargestWrite = Math.Max(LargestWrite, count);
        }
    }
}
