using System.Collections.Immutable;
using ExecPlan.Diagnostics;

namespace ExecPlan.Linting;

/// <summary>The findings for one linted file, sorted by position.</summary>
/// <param name="Path">The file path as discovered or given.</param>
/// <param name="Diagnostics">The findings, suppressed ones included (see <see cref="Diagnostic.Suppression"/>).</param>
public sealed record FileReport(string Path, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The plan format the file was linted with (`execplan`, `cookbook`).</summary>
    public string Schema { get; init; } = "execplan";

    /// <summary>The plan's status, progress, next action and evaluation metrics; null when the file could not be parsed.</summary>
    public Metrics.PlanSummary? Summary { get; init; }
}
