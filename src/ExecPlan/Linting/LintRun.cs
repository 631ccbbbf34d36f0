using System.Collections.Immutable;
using ExecPlan.Diagnostics;

namespace ExecPlan.Linting;

/// <summary>The result of one lint run over many files, in a stable order.</summary>
/// <param name="Files">One report per linted file, ordered by path.</param>
/// <param name="RunDiagnostics">Findings not tied to a plan file: config (EXP0007) and repository rules (EXP09xx).</param>
public sealed record LintRun(ImmutableArray<FileReport> Files, ImmutableArray<Diagnostic> RunDiagnostics)
{
    /// <summary>How many plans were read as ExecPlans, for want of a chosen format, and have no front matter (see <see cref="LintTotals.PlansWithoutFormat"/>).</summary>
    public int PlansWithoutFormat { get; init; }

    /// <summary>What the run did with its baseline (see <see cref="LintTotals.Baseline"/>).</summary>
    public Baselines.BaselineOutcome? Baseline { get; init; }

    /// <summary>Every finding, run findings first, then file by file.</summary>
    public IEnumerable<Diagnostic> All => RunDiagnostics.Concat(Files.SelectMany(f => f.Diagnostics));

    /// <summary>Active findings of the given severity.</summary>
    public int Count(Severity severity) => All.Count(d => d.IsActive && d.Severity == severity);

    /// <summary>Whether any active error was found.</summary>
    public bool HasErrors => Count(Severity.Error) > 0;
}
