using System.Collections.Immutable;
using ExecPlan.Diagnostics;
using ExecPlan.Linting;
using ExecPlan.Schema;

namespace ExecPlan.Build.Tests.Tasks;

/// <summary>Hand-made findings and runs, so the task's logging is tested without the engine's rules.</summary>
internal static class Findings
{
    public static Diagnostic Make(string id, Severity severity, string file, SourceSpan span, string message = "A finding.") =>
        new(new RuleDescriptor(id, "test-rule", severity, message, "Help.", "Test", []), severity, file, span, message);

    public static LintRun Run(params Diagnostic[] diagnostics) =>
        new([.. diagnostics.GroupBy(d => d.FilePath).Select(g => new FileReport(g.Key, [.. g]))], ImmutableArray<Diagnostic>.Empty);

    /// <summary>Hands <paramref name="run"/> on as the engine's streamed lint does: the run-level findings, each file's report in order, then the totals.</summary>
    public static LintTotals Stream(LintRun run, Action<FileReport> onFile, Action<ImmutableArray<Diagnostic>> onRunFindings)
    {
        onRunFindings(run.RunDiagnostics);
        foreach (var file in run.Files)
        {
            onFile(file);
        }

        return LintTotals.Of(run);
    }
}
