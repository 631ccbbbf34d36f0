using System.Text.Json;
using ExecPlan.Linting;
using ExecPlan.Output;

namespace ExecPlan.Tests.Output;

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
