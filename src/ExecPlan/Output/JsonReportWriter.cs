using System.Text.Json;
using ExecPlan.Configuration;
using ExecPlan.Diagnostics;
using ExecPlan.Linting;

namespace ExecPlan.Output;

/// <summary>Writes a lint run as the tool's own JSON report.</summary>
public static class JsonReportWriter
{
    /// <summary>The report format version; bumped only for breaking changes.</summary>
    public const int FormatVersion = 1;

    /// <summary>Writes the run to <paramref name="output"/>; paths are relative to <paramref name="workingDirectory"/>.</summary>
    public static void Write(LintRun run, Stream output, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(workingDirectory);
        using var writer = new Utf8JsonWriter(output, JsonText.WriterOptions);
        writer.WriteStartObject();
        writer.WriteNumber("version", FormatVersion);
        WriteSummary(writer, run);
        writer.WriteStartArray("files");
        foreach (var file in run.Files)
        {
            writer.WriteStartObject();
            writer.WriteText("path", ReportPath.Relative(file.Path, workingDirectory));
            WriteDiagnostics(writer, "diagnostics", file.Diagnostics, null);
            writer.WriteEndObject();
            JsonText.FlushWhenFull(writer);
        }

        writer.WriteEndArray();
        WriteDiagnostics(writer, "runDiagnostics", run.RunDiagnostics, workingDirectory);
        writer.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter writer, LintRun run)
    {
        writer.WriteStartObject("summary");
        writer.WriteNumber("errors", run.Count(Severity.Error));
        writer.WriteNumber("warnings", run.Count(Severity.Warning));
        writer.WriteNumber("infos", run.Count(Severity.Info));
        writer.WriteNumber("suppressed", run.All.Count(d => d.Suppression is not null && d.Severity != Severity.Off));
        writer.WriteNumber("files", run.Files.Length);
        writer.WriteEndObject();
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
            writer.WriteText("fix", diagnostic.Fix);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
