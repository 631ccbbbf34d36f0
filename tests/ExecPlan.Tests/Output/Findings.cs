using ExecPlan.Diagnostics;
using ExecPlan.Fixes;
using ExecPlan.Linting;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Tests.Output;

/// <summary>Hand-made findings and runs for the output tests.</summary>
internal static class Findings
{
    public static Diagnostic Make(string id, Severity severity, string path, string message = "A message.", int line = 3, int column = 5) =>
        new(RuleCatalog.Find(id)!, severity, path, new SourceSpan(line, column, line, column + 4), message);

    public static LintRun Run(string root)
    {
        var plan = Path.Combine(root, "plans", "a b-PLAN.md");
        var other = Path.Combine(root, "PLAN.md");
        return new LintRun(
            [
                new FileReport(plan,
                [
                    Make("EXP0202", Severity.Error, plan, "Missing \"Progress\" <section>\n\u0001 \ud800 end"),
                    Make("EXP0207", Severity.Warning, plan) with { Fixes = [new PlanFix("Write '## Decision Log'", FixSafety.Safe, [new TextEdit(40, 9, "Decision Log", new SourceSpan(3, 8, 3, 17))])] },
                    Make("EXP0601", Severity.Error, plan) with { Suppression = new Suppression("disable-next-line", "vendor docs", 2) },
                    Make("EXP0212", Severity.Info, plan),
                    Make("EXP0203", Severity.Off, plan),
                ]),
                new FileReport(other, []),
            ],
            [Make("EXP0007", Severity.Error, Path.Combine(root, ".execplan.yaml"), "Invalid configuration: unknown key 'x'.", 2, 1)]);
    }
}
