using ExecPlan.Diagnostics;
using ExecPlan.Linting;
using ExecPlan.Schema.Generated;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Engine;

/// <summary>The bundled examples the README lints: one compliant, one that breaks rules of every plan family.</summary>
public sealed class ExampleTests
{
    private static readonly string Examples = TestRepository.PathOf("schema", "examples");

    private static LintRun Lint() =>
        new PlanLinter(new LintSettings { Clock = new FixedClock(Linter.Now), WorkingDirectory = Examples }).Lint([Examples]);

    [Fact]
    public void The_compliant_example_has_no_findings()
    {
        var report = Assert.Single(Lint().Files, f => f.Path.EndsWith("oauth-login-PLAN.md", StringComparison.Ordinal));
        Assert.True(report.Diagnostics.IsEmpty, Linter.Describe(report.Diagnostics));
    }

    [Fact]
    public void The_cookbook_example_is_linted_as_a_cookbook_plan_and_has_no_findings()
    {
        // schema/examples/cookbook/.execplan.yaml says `schema: cookbook` for the plans under it; the others keep the default.
        var run = Lint();
        var report = Assert.Single(run.Files, f => f.Path.EndsWith("read-through-cache.md", StringComparison.Ordinal));
        Assert.Equal("cookbook", report.Schema);
        Assert.True(report.Diagnostics.IsEmpty, Linter.Describe(report.Diagnostics));
        Assert.All(run.Files.Where(f => f != report), f => Assert.Equal("execplan", f.Schema));
        Assert.Empty(run.RunDiagnostics);
    }

    [Fact]
    public void The_broken_example_breaks_rules_of_every_plan_family()
    {
        var report = Assert.Single(Lint().Files, f => f.Path.EndsWith("broken-PLAN.md", StringComparison.Ordinal));
        var families = report.Diagnostics.Select(d => d.Rule.Family).ToHashSet();
        foreach (var id in new[] { RuleIds.InvalidId, RuleIds.SectionOutOfOrder, RuleIds.MissingNextAction, RuleIds.AmbiguousTimestamp, RuleIds.SurpriseEntryIncomplete, RuleIds.ExternalUrlWithoutSnapshot, RuleIds.TableInStrict })
        {
            Assert.Contains(report.Diagnostics, d => d.Id == id);
        }

        Assert.True(families.Count >= 7, string.Join(", ", families));
        Assert.Contains(report.Diagnostics, d => d.Severity == Severity.Error);
    }
}
