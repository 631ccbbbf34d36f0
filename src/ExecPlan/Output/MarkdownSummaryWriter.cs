using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ExecPlan.Configuration;
using ExecPlan.Diagnostics;
using ExecPlan.Linting;

namespace ExecPlan.Output;

/// <summary>
/// Writes a lint run as a Markdown summary for <c>$GITHUB_STEP_SUMMARY</c> or a pull-request comment: a heading, the totals
/// per severity, then a table of the active findings (file, line, rule, severity, message), at most <see cref="MaxRows"/>
/// rows and "and N more" after them.
/// </summary>
/// <remarks>
/// The totals are known only at the end and belong above the table, so the rows are held until <see cref="IReportWriter.Finish"/>:
/// at most <see cref="MaxRows"/> of them, whatever the size of the run, so memory stays bounded as in the streamed formats.
/// </remarks>
public static class MarkdownSummaryWriter
{
    /// <summary>The most findings the table lists; a summary is read by a person, and GitHub caps a step summary at 1 MiB.</summary>
    public const int MaxRows = 200;

    /// <summary>Starts the report on <paramref name="output"/>; paths are relative to <paramref name="workingDirectory"/>, with '/'.</summary>
    public static IReportWriter Open(TextWriter output, string workingDirectory, int maxRows = MaxRows)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(workingDirectory);
        ArgumentOutOfRangeException.ThrowIfNegative(maxRows);
        return new Report(output, workingDirectory, maxRows);
    }

    /// <summary>Text as one table cell: <c>|</c> escaped, line breaks as <c>&lt;br&gt;</c>, HTML and Markdown that could change the page
    /// (tags, entities, backticks, emphasis, links) made literal, other control characters shown as visible escapes.</summary>
    public static string EscapeCell(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cell = new StringBuilder(text.Length + 8);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                cell.Append("<br>");
            }

            foreach (var c in ControlCharacters.Escape(lines[i]))
            {
                cell.Append(c switch
                {
                    '|' => "\\|",
                    '&' => "&amp;",
                    '<' => "&lt;",
                    '>' => "&gt;",
                    '\\' or '`' or '*' or '_' or '[' or ']' or '~' => "\\" + c,
                    _ => c.ToString(),
                });
            }
        }

        return cell.ToString();
    }

    private sealed class Report(TextWriter output, string workingDirectory, int maxRows) : IReportWriter
    {
        private readonly List<string> _rows = [];
        private int _more;

        public void WriteRunFindings(ImmutableArray<Diagnostic> findings) => Add(findings);

        public void WriteFile(FileReport report) => Add(report.Diagnostics);

        public void Finish(LintTotals totals)
        {
            output.Write($"## {ToolInfo.Name} lint\n\n");
            output.Write("| Errors | Warnings | Infos | Files |\n| ---: | ---: | ---: | ---: |\n");
            output.Write(string.Create(CultureInfo.InvariantCulture, $"| {totals.Errors} | {totals.Warnings} | {totals.Infos} | {totals.Files} |\n"));
            if (totals.Suppressed > 0)
            {
                output.Write(string.Create(CultureInfo.InvariantCulture, $"\n{totals.Suppressed} suppressed.\n"));
            }

            if (_rows.Count == 0)
            {
                output.Write("\nNo findings.\n");
                output.Flush();
                return;
            }

            output.Write("\n| File | Line | Rule | Severity | Message |\n| --- | ---: | --- | --- | --- |\n");
            foreach (var row in _rows)
            {
                output.Write(row);
            }

            if (_more > 0)
            {
                output.Write(string.Create(CultureInfo.InvariantCulture, $"\nand {_more} more.\n"));
            }

            output.Flush();
        }

        public void Dispose()
        {
        }

        private void Add(ImmutableArray<Diagnostic> findings)
        {
            foreach (var diagnostic in findings)
            {
                if (!diagnostic.IsActive)
                {
                    continue;
                }

                if (_rows.Count >= maxRows)
                {
                    _more++;
                    continue;
                }

                var file = string.IsNullOrEmpty(diagnostic.FilePath) ? CanonicalFormatter.ToolOrigin : ReportPath.Relative(diagnostic.FilePath, workingDirectory, '/');
                var line = diagnostic.Span.Line > 0 ? diagnostic.Span.Line.ToString(CultureInfo.InvariantCulture) : string.Empty;
                _rows.Add($"| {EscapeCell(file)} | {line} | {diagnostic.Id} | {SeverityText.ToText(diagnostic.Severity)} | {EscapeCell(diagnostic.Message)} |\n");
            }
        }
    }
}
