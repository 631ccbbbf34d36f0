using System.Collections.Immutable;
using ExecPlan.Diagnostics;

namespace ExecPlan.Linting;

/// <summary>What is left of a streamed lint run once every file's report has been handed on: the run-level findings and the counts.</summary>
/// <param name="RunDiagnostics">Findings not tied to a plan file: config (EXP0007) and repository rules (EXP09xx).</param>
/// <param name="Files">How many files were linted.</param>
/// <param name="Errors">Active errors, run-level findings included.</param>
/// <param name="Warnings">Active warnings, run-level findings included.</param>
/// <param name="Infos">Active infos, run-level findings included.</param>
/// <param name="Suppressed">Findings suppressed in the plan or by configuration (findings turned off not counted).</param>
public sealed record LintTotals(ImmutableArray<Diagnostic> RunDiagnostics, int Files, int Errors, int Warnings, int Infos, int Suppressed)
{
    /// <summary>Whether any active error was found.</summary>
    public bool HasErrors => Errors > 0;

    /// <summary>
    /// How many plans were read in the default format because no configuration or setting chose one, and have no front matter
    /// or one without the fields the format requires (a front matter of their own): most likely plans of the cookbook format. The front ends say once per run how to choose it (<see cref="FormatHint(int, string)"/>).
    /// </summary>
    public int PlansWithoutFormat { get; init; }

    /// <summary>What the run did with its baseline (where it is, what it held, the findings by key); null for a run held in memory.</summary>
    public Baselines.BaselineOutcome? Baseline { get; init; }

    /// <summary>Findings suppressed because the baseline holds them (counted in <see cref="Suppressed"/> too).</summary>
    public int Baselined { get; init; }

    /// <summary>
    /// The one line that says how to choose the cookbook format for <paramref name="plans"/> plans without the default format's
    /// front matter read in that format, or null for none; <paramref name="frontEndChoice"/> is the front end's own way (an option, a property).
    /// </summary>
    public static string? FormatHint(int plans, string frontEndChoice) => plans == 0
        ? null
        : $"{plans} {(plans == 1 ? "plan has" : "plans have")} no front matter, or not the one the {Schema.PlanSchemas.ExecPlan.Key} format requires, and {(plans == 1 ? "was" : "were")} read in that format; "
            + $"if {(plans == 1 ? "it follows" : "they follow")} the cookbook's PLANS.md skeleton, say 'schema: {Schema.PlanSchemas.Cookbook.Key}' in {Configuration.ConfigLoader.FileName} "
            + $"(for one folder, in an {Configuration.ConfigLoader.FileName} of its own) or {frontEndChoice}.";

    /// <summary>The totals of a run held in memory.</summary>
    public static LintTotals Of(LintRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var totals = new Counter();
        foreach (var diagnostic in run.All)
        {
            totals.Add(diagnostic);
        }

        return totals.ToTotals(run.RunDiagnostics, run.Files.Length) with { PlansWithoutFormat = run.PlansWithoutFormat, Baseline = run.Baseline };
    }

    /// <summary>Counts findings as they pass.</summary>
    internal sealed class Counter
    {
        private int _errors;
        private int _warnings;
        private int _infos;
        private int _suppressed;
        private int _baselined;

        public void Add(Diagnostic diagnostic)
        {
            if (diagnostic.Severity == Severity.Off)
            {
                return;
            }

            if (diagnostic.Suppression is { } suppression)
            {
                _suppressed++;
                _baselined += suppression.Kind == Baselines.BaselineMatcher.SuppressionKind ? 1 : 0;
                return;
            }

            switch (diagnostic.Severity)
            {
                case Severity.Error:
                    _errors++;
                    break;
                case Severity.Warning:
                    _warnings++;
                    break;
                case Severity.Info:
                    _infos++;
                    break;
            }
        }

        public LintTotals ToTotals(ImmutableArray<Diagnostic> runDiagnostics, int files) =>
            new(runDiagnostics, files, _errors, _warnings, _infos, _suppressed) { Baselined = _baselined };
    }
}
