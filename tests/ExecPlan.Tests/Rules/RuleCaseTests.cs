using ExecPlan.Schema.Generated;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Rules;

public sealed class RuleCaseTests
{
    [Theory]
    [MemberData(nameof(RuleCases.Data), MemberType = typeof(RuleCases))]
    public void Trigger_reports_the_rule(RuleCase ruleCase)
    {
        var diagnostics = Linter.Active(ruleCase.Trigger, ruleCase.Level, ruleCase.Config, ruleCase.Path);
        Assert.True(diagnostics.Any(d => d.Id == ruleCase.RuleId), $"expected {ruleCase.RuleId}, got:\n{Linter.Describe(diagnostics)}");
    }

    [Theory]
    [MemberData(nameof(RuleCases.Data), MemberType = typeof(RuleCases))]
    public void Clean_twin_does_not_report_the_rule(RuleCase ruleCase)
    {
        var diagnostics = Linter.Active(ruleCase.Clean, ruleCase.CleanLevel ?? ruleCase.Level, ruleCase.Config, ruleCase.Path);
        Assert.False(diagnostics.Any(d => d.Id == ruleCase.RuleId), $"did not expect {ruleCase.RuleId}:\n{Linter.Describe(diagnostics)}");
    }

    [Theory]
    [InlineData(LevelNames.Standard)]
    [InlineData(LevelNames.Minimal)]
    public void Compliant_plan_has_no_findings(string level)
    {
        var diagnostics = Linter.Lint(Plans.Compliant, level);
        Assert.True(diagnostics.IsEmpty, Linter.Describe(diagnostics));
    }
}
