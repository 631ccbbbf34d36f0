using ExecPlan.Diagnostics;
using ExecPlan.Fixes;
using ExecPlan.Output;
using ExecPlan.Schema.Generated;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ExecPlan.Build;

/// <summary>Logs engine findings as MSBuild errors, warnings and high-importance messages, each with its code, file and position.</summary>
/// <param name="log">The task's logger.</param>
/// <param name="root">The folder that relative finding paths are relative to.</param>
/// <param name="reported">The findings already reported in this build.</param>
/// <param name="policy">How the project treats warnings.</param>
internal sealed class DiagnosticLogger(TaskLoggingHelper log, string root, ReportedDiagnostics reported, WarningPolicy policy)
{
    /// <summary>How many findings were logged as errors.</summary>
    public int Errors { get; private set; }

    /// <summary>How many findings were logged as warnings.</summary>
    public int Warnings { get; private set; }

    /// <summary>How many findings were skipped because this build already reported them.</summary>
    public int AlreadyReported { get; private set; }

    /// <summary>
    /// Logs one file's findings. The placeholders a DRAFT plan still has (EXP0212 infos: a plan started from the template) are
    /// one message for the plan, at the first of them, instead of a line each; the CLI and the SARIF report keep them all.
    /// </summary>
    public void ReportFile(IReadOnlyList<Diagnostic> findings)
    {
        var placeholders = findings.Where(d => d.IsActive && d.Severity == Severity.Info && d.Id == RuleIds.UnfilledPlaceholder).ToList();
        foreach (var diagnostic in placeholders.Count > 1 ? findings.Except(placeholders) : findings)
        {
            Report(diagnostic);
        }

        if (placeholders.Count > 1)
        {
            var first = placeholders[0];
            Report(first with
            {
                Message = $"{placeholders.Count} template placeholders are left to fill in this DRAFT plan, the first at line {first.Span.Line}; `execplan lint` lists them all.",
                Fixes = [],
            });
        }
    }

    /// <summary>Logs the finding unless it is suppressed, off, or already reported in this build.</summary>
    public void Report(Diagnostic diagnostic)
    {
        if (!diagnostic.IsActive)
        {
            return;
        }

        var at = Location.Of(diagnostic, root);
        if (!reported.TryAdd(diagnostic, at.File))
        {
            AlreadyReported++;
            return;
        }

        // MSBuild prints the file and message as they are: a newline in either would print a line of its own that CI
        // problem matchers read as another finding, so control characters are shown as escapes (once, here, for every level).
        var code = diagnostic.Id;
        var file = at.File is null ? null : ControlCharacters.Escape(at.File);
        var message = ControlCharacters.Escape(diagnostic.Message) + FixAdvice(diagnostic);
        switch (diagnostic.Severity)
        {
            case Severity.Error:
            case Severity.Warning when policy.Promotes(code):
                Errors++;
                log.LogError(null, code, code, file, at.Line, at.Column, at.EndLine, at.EndColumn, message);
                break;
            case Severity.Warning:
                Warnings++;
                log.LogWarning(null, code, code, file, at.Line, at.Column, at.EndLine, at.EndColumn, message);
                break;
            case Severity.Info:
                log.LogMessage(null, code, code, file, at.Line, at.Column, at.EndLine, at.EndColumn, MessageImportance.High, message);
                break;
            default:
                break;
        }
    }

    // The build never writes a plan: it says which command would fix the finding.
    private static string FixAdvice(Diagnostic diagnostic) =>
        diagnostic.Fixes.IsDefaultOrEmpty ? string.Empty
        : diagnostic.Fixes.Any(f => f.Safety == FixSafety.Safe) ? " (`execplan fix` fixes this.)"
        : " (`execplan fix --unsafe-fixes` fixes this; review the text it adds.)";

    // MSBuild prints `file(l,c)` when the end is 0 and `file(l,c,el,ec)` otherwise: a point stays a point.
    private readonly record struct Location(string? File, int Line, int Column, int EndLine, int EndColumn)
    {
        public static Location Of(Diagnostic diagnostic, string root)
        {
            var file = string.IsNullOrEmpty(diagnostic.FilePath) ? null : Path.GetFullPath(Path.Combine(root, diagnostic.FilePath));
            var span = diagnostic.Span;
            var isPoint = span.EndLine == span.Line && span.EndColumn <= span.Column;
            return isPoint || span.EndLine < span.Line
                ? new Location(file, span.Line, span.Column, 0, 0)
                : new Location(file, span.Line, span.Column, span.EndLine, span.EndColumn);
        }
    }
}
