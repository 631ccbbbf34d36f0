using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
using ExecPlan.Diagnostics;
using ExecPlan.Linting;

namespace ExecPlan.Build;

/// <summary>The build's side of a streamed lint: logs each finding, and writes it to the SARIF report, as the engine hands it on.</summary>
/// <param name="logger">Logs the findings to MSBuild.</param>
/// <param name="sarif">The SARIF report, or null for none.</param>
internal sealed class BuildReport(DiagnosticLogger logger, SarifReport? sarif)
{
    private readonly object gate = new();
    private bool closed;
    private ExceptionDispatchInfo? failure;

    /// <summary>
    /// Runs <paramref name="lint"/>, which hands this report each file's report and the run-level findings; takes nothing once it
    /// has returned or thrown, then throws the first failure to log a finding.
    /// </summary>
    public LintTotals Receive(Func<Action<FileReport>, Action<ImmutableArray<Diagnostic>>, LintTotals> lint)
    {
        LintTotals totals;
        try
        {
            totals = lint(AddFile, AddRunFindings);
        }
        finally
        {
            // A linting thread the engine left behind (a cancelled run) may still hand a file on: MSBuild must not hear of it.
            lock (gate)
            {
                closed = true;
            }
        }

        failure?.Throw();
        return totals;
    }

    private void AddRunFindings(ImmutableArray<Diagnostic> findings) => Take(() =>
    {
        Log(findings);
        sarif?.WriteRunFindings(findings);
    });

    private void AddFile(FileReport report) => Take(() =>
    {
        logger.ReportFile(report.Diagnostics);
        sarif?.WriteFile(report);
    });

    private void Log(ImmutableArray<Diagnostic> findings)
    {
        foreach (var diagnostic in findings)
        {
            logger.Report(diagnostic);
        }
    }

    // The engine calls from its linting threads, where an exception would end the run as another exception: the first one is
    // kept for Receive to throw as it is (a failure to log ended the task before the lint streamed), and nothing is logged after it.
    private void Take(Action add)
    {
        lock (gate)
        {
            if (closed || failure is not null)
            {
                return;
            }

            try
            {
                add();
            }
#pragma warning disable CA1031 // Kept, not swallowed: Receive throws it once the lint is over.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                failure = ExceptionDispatchInfo.Capture(exception);
            }
        }
    }
}
