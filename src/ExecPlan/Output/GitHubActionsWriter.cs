using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ExecPlan.Diagnostics;
using ExecPlan.Linting;

namespace ExecPlan.Output;

/// <summary>
/// Writes a lint run as GitHub Actions workflow commands, one line per active finding:
/// <c>::error file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=EXP0202::message</c> (warning is <c>::warning</c>, info
/// <c>::notice</c>), which the runner turns into annotations on the pull request's diff.
/// </summary>
/// <remarks>
/// The runner reads every line of the log as a possible command, so a finding's text must never end its own line or start
/// another: properties escape <c>%</c>, CR, LF, <c>:</c> and <c>,</c>, the message <c>%</c>, CR and LF (the runner turns them back,
/// so a multi-line message stays one annotation), and any other control character is shown as a visible escape.
/// </remarks>
public static class GitHubActionsWriter
{
    /// <summary>Starts the report on <paramref name="output"/>; paths are relative to <paramref name="workingDirectory"/>, with '/'.</summary>
    public static IReportWriter Open(TextWriter output, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(workingDirectory);
        return new Report(output, workingDirectory);
    }

    /// <summary>The workflow command of one finding, without the line break.</summary>
    public static string Format(Diagnostic diagnostic, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        ArgumentNullException.ThrowIfNull(workingDirectory);
        var command = diagnostic.Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "notice",
        };
        var properties = new StringBuilder();
        if (!string.IsNullOrEmpty(diagnostic.FilePath))
        {
            properties.Append("file=").Append(EscapeProperty(ReportPath.Relative(diagnostic.FilePath, workingDirectory, '/'))).Append(',');
            var span = diagnostic.Span;
            if (span.Line > 0)
            {
                properties.Append(CultureInfo.InvariantCulture, $"line={span.Line},col={Math.Max(1, span.Column)},");
                if (span.EndLine >= span.Line && span.EndColumn > 0)
                {
                    properties.Append(CultureInfo.InvariantCulture, $"endLine={span.EndLine},endColumn={span.EndColumn},");
                }
            }
        }

        properties.Append("title=").Append(EscapeProperty(diagnostic.Id));
        return $"::{command} {properties}::{EscapeData(diagnostic.Message)}";
    }

    /// <summary>A message as workflow-command data: <c>%</c>, CR and LF percent-encoded, other control characters made visible.</summary>
    public static string EscapeData(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ControlCharacters.Escape(text.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal));
    }

    /// <summary>A property value: as <see cref="EscapeData"/>, and <c>:</c> and <c>,</c> percent-encoded too (they end a property).</summary>
    public static string EscapeProperty(string text) =>
        EscapeData(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    private sealed class Report(TextWriter output, string workingDirectory) : IReportWriter
    {
        public void WriteRunFindings(ImmutableArray<Diagnostic> findings) => Write(findings);

        public void WriteFile(FileReport report) => Write(report.Diagnostics);

        // The counts go to standard error as the summary line; a workflow command for them would be noise in the annotations.
        public void Finish(LintTotals totals) => output.Flush();

        public void Dispose()
        {
        }

        private void Write(ImmutableArray<Diagnostic> findings)
        {
            foreach (var diagnostic in findings)
            {
                if (diagnostic.IsActive)
                {
                    output.Write(Format(diagnostic, workingDirectory));
                    output.Write('\n');
                }
            }
        }
    }
}
