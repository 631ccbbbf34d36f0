using ExecPlan.Schema;
using ExecPlan.Configuration;
using ExecPlan.Model;
using ExecPlan.Rules;
using ExecPlan.Rules.Engine;
using ExecPlan.Schema.Generated;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Engine;

public sealed class RuleRunnerTests
{
    private sealed class ThrowingRule : PlanRule
    {
        public override void Check(PlanContext context) => throw new InvalidOperationException("boom");
    }

    private sealed class ReportingRule : PlanRule
    {
        public override void Check(PlanContext context) => context.Report(RuleCatalog.UnknownSection, ExecPlan.Diagnostics.SourceSpan.At(1, 1), "X");
    }

    private static PlanContext Context(string text) =>
        new(PlanParser.Parse("p.md", text), ExecPlanConfig.Default.LevelInForce, ExecPlanConfig.Default, new FixedClock(Linter.Now), RepositoryInfo.None);

    [Fact]
    public void A_throwing_rule_becomes_EXP0004_and_the_others_still_run()
    {
        var diagnostics = RuleRunner.Run(Context(Plans.Compliant), [new ThrowingRule(), new ReportingRule()]);

        var failure = Assert.Single(diagnostics, d => d.Id == RuleIds.RuleFailure);
        Assert.Contains("ThrowingRule", failure.Message, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("boom", failure.Message, StringComparison.Ordinal);
        Assert.Contains(diagnostics, d => d.Id == RuleIds.UnknownSection);
    }

    [Fact]
    public void Every_rule_is_found_and_none_fails_on_the_compliant_plan()
    {
        Assert.True(PlanSchemas.ExecPlan.Rules.Length >= 10);
        Assert.DoesNotContain(RuleRunner.Run(Context(Plans.Compliant)), d => d.Id == RuleIds.RuleFailure);
    }
}
