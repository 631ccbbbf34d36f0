using System.Collections.Immutable;
using ExecPlan.Configuration;
using ExecPlan.Diagnostics;
using ExecPlan.Linting;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Tests.Infrastructure;

/// <summary>Lints text in memory with a fixed clock, the way every rule test does.</summary>
internal static class Linter
{
    /// <summary>The instant tests treat as now.</summary>
    public static readonly DateTimeOffset Now = new(2025, 12, 1, 12, 0, 0, TimeSpan.Zero);

    public static ImmutableArray<Diagnostic> Lint(string text, string level = LevelNames.Standard, ExecPlanConfig? config = null, string path = "plans/demo-PLAN.md")
    {
        var linter = new PlanLinter(new LintSettings { Level = level, Clock = new FixedClock(Now) });
        return linter.LintText(path, text, config).Diagnostics;
    }

    public static ImmutableArray<Diagnostic> Active(string text, string level = LevelNames.Standard, ExecPlanConfig? config = null, string path = "plans/demo-PLAN.md") =>
        [.. Lint(text, level, config, path).Where(d => d.IsActive)];

    public static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => $"{d.Span.Line}:{d.Span.Column} {d.Severity} {d.Id} {d.Message}"));
}

/// <summary>A clock that always says the same instant.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
