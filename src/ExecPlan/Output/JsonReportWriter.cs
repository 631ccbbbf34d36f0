using System.Collections.Immutable;
using System.Text.Json;
using ExecPlan.Configuration;
using ExecPlan.Diagnostics;
using ExecPlan.Linting;

namespace ExecPlan.Output;

/// <summary>Writes a lint run as the tool's own JSON report: <c>version</c>, <c>files</c>, <c>runDiagnostics</c>, then <c>summary</c>.</summary>
/// <remarks>The summary comes last so that the report can be written while the lint runs: its counts are known only at the end.</remarks>
public static class JsonReportWriter
{
    /// <summary>The report format version; bumped only for breaking changes.</summary>
    public const int FormatVersion = 1;

    /// <summary>Writes the run to <paramref name="output"/>; paths are relative to <paramref name="workingDirectory"/>.</summary>
    public static void Write(LintRun run, Stream output, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(run);
        using var report = Open(output, workingDirectory);
        report.WriteRun(run);
    }

    /// <summary>Starts a JSON report on <paramref name="output"/> that takes the run's findings as they come (see <see cref="IReportWriter"/>); paths are relative to <paramref name="workingDirectory"/>.</summary>
    public static IReportWriter Open(Stream output, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(workingDirectory);
        return new Report(output, workingDirectory);
    }

    /// <summary>Writes findings; run-level ones carry their own path since they are not under a file.</summary>
    private static void WriteDiagnostics(Utf8JsonWriter writer, string name, IEnumerable<Diagnostic> diagnostics, string? workingDirectory)
    {
        writer.WriteStartArray(name);
        foreach (var diagnostic in diagnostics.Where(d => d.Severity != Severity.Off))
        {
            writer.WriteStartObject();
            if (workingDirectory is not null)
            {
                writer.WriteText("path", string.IsNullOrEmpty(diagnostic.FilePath) ? null : ReportPath.Relative(diagnostic.FilePath, workingDirectory));
            }

            writer.WriteString("ruleId", diagnostic.Id);
            writer.WriteString("name", diagnostic.Rule.Name);
            writer.WriteString("severity", SeverityText.ToText(diagnostic.Severity));
            writer.WriteNumber("line", diagnostic.Span.Line);
            writer.WriteNumber("column", diagnostic.Span.Column);
            writer.WriteNumber("endLine", diagnostic.Span.EndLine);
            writer.WriteNumber("endColumn", diagnostic.Span.EndColumn);
            writer.WriteText("message", diagnostic.Message);
            writer.WriteBoolean("suppressed", diagnostic.Suppression is not null);
            writer.WriteText("suppressionReason", diagnostic.Suppression?.Reason);
            if (diagnostic.BaselineState != BaselineState.None)
            {
                writer.WriteString("baselineState", diagnostic.BaselineState.ToString().ToLowerInvariant());
            }
            WriteFixes(writer, diagnostic);
            writer.WriteEndObject();
            JsonText.FlushWhenFull(writer);
        }

        writer.WriteEndArray();
    }

    // Each fix with its edits: offsets in UTF-16 code units of the text without its byte-order mark, and the same range as lines and columns.
    private static void WriteFixes(Utf8JsonWriter writer, Diagnostic diagnostic)
    {
        writer.WriteStartArray("fixes");
        foreach (var fix in diagnostic.Fixes.IsDefault ? [] : diagnostic.Fixes)
        {
            writer.WriteStartObject();
            writer.WriteText("title", fix.Title);
            writer.WriteString("safety", fix.Safety == Fixes.FixSafety.Safe ? "safe" : "unsafe");
            writer.WriteStartArray("edits");
            foreach (var edit in fix.Edits)
            {
                writer.WriteStartObject();
                writer.WriteNumber("offset", edit.Offset);
                writer.WriteNumber("length", edit.Length);
                writer.WriteNumber("line", edit.Span.Line);
                writer.WriteNumber("column", edit.Span.Column);
                writer.WriteNumber("endLine", edit.Span.EndLine);
                writer.WriteNumber("endColumn", edit.Span.EndColumn);
                writer.WriteText("text", edit.NewText);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>One report written as findings come; only the run-level findings are held, to be written after the files.</summary>
    private sealed class Report : IReportWriter
    {
        private readonly Utf8JsonWriter _writer;
        private readonly string _workingDirectory;
        private ImmutableArray<Diagnostic> _runFindings = [];

        public Report(Stream output, string workingDirectory)
        {
            _workingDirectory = workingDirectory;
            _writer = new Utf8JsonWriter(output, JsonText.WriterOptions);
            _writer.WriteStartObject();
            _writer.WriteNumber("version", FormatVersion);
            _writer.WriteStartArray("files");
        }

        public void WriteRunFindings(ImmutableArray<Diagnostic> findings) => _runFindings = _runFindings.AddRange(findings);

        public void WriteFile(FileReport report)
        {
            ArgumentNullException.ThrowIfNull(report);
            _writer.WriteStartObject();
            _writer.WriteText("path", ReportPath.Relative(report.Path, _workingDirectory));
            _writer.WriteString("schema", report.Schema);
            if (report.Summary is { } summary)
            {
                PlanSummaryJson.Write(_writer, "plan", summary);
            }

            WriteDiagnostics(_writer, "diagnostics", report.Diagnostics, null);
            _writer.WriteEndObject();
            JsonText.FlushWhenFull(_writer);
        }

        public void Finish(LintTotals totals)
        {
            ArgumentNullException.ThrowIfNull(totals);
            _writer.WriteEndArray();
            WriteDiagnostics(_writer, "runDiagnostics", _runFindings, _workingDirectory);
            _writer.WriteStartObject("summary");
            _writer.WriteNumber("errors", totals.Errors);
            _writer.WriteNumber("warnings", totals.Warnings);
            _writer.WriteNumber("infos", totals.Infos);
            _writer.WriteNumber("suppressed", totals.Suppressed);
            if (totals.Baseline?.File is not null)
            {
                _writer.WriteNumber("baselined", totals.Baselined);
            }

            _writer.WriteNumber("files", totals.Files);
            _writer.WriteEndObject();
            _writer.WriteEndObject();
            _writer.Flush();
        }

        public void Dispose() => _writer.Dispose();
    }
}
