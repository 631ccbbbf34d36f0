using System.Collections.Immutable;
using ExecPlan.Diagnostics;
using ExecPlan.Linting;

namespace ExecPlan.Output;

/// <summary>
/// A machine-readable report written while the lint runs: the run-level findings first, then each file's report in
/// path order, then the totals. It keeps nothing of a file once written, so it fits the streamed
/// <see cref="PlanLinter.Lint(IReadOnlyList{string}, Action{FileReport}, Action{ImmutableArray{Diagnostic}}?, CancellationToken)"/>.
/// Disposing it hands the last bytes to the stream; it does not close the stream.
/// </summary>
public interface IReportWriter : IDisposable
{
    /// <summary>Writes the findings that belong to no plan file (configuration, repository rules).</summary>
    void WriteRunFindings(ImmutableArray<Diagnostic> findings);

    /// <summary>Writes one file's report.</summary>
    void WriteFile(FileReport report);

    /// <summary>Ends the report with the run's totals and hands every byte to the stream.</summary>
    void Finish(LintTotals totals);
}

/// <summary>Writes a run held in memory through an <see cref="IReportWriter"/>.</summary>
public static class ReportWriterExtensions
{
    /// <summary>Writes <paramref name="run"/> to <paramref name="writer"/> and finishes it.</summary>
    public static void WriteRun(this IReportWriter writer, LintRun run)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(run);
        writer.WriteRunFindings(run.RunDiagnostics);
        foreach (var file in run.Files)
        {
            writer.WriteFile(file);
        }

        writer.Finish(LintTotals.Of(run));
    }
}
