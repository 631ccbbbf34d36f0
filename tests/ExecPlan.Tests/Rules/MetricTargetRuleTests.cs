using ExecPlan.Configuration;
using ExecPlan.Schema.Generated;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Rules;

/// <summary>EXP0508: a metric that misses its configured threshold is reported where a reader fixes it, with its counts and target.</summary>
public sealed class MetricTargetRuleTests
{
    private static string Findings(string plan, MetricThresholds thresholds) =>
        Linter.Describe(Linter.Active(plan, config: new ExecPlanConfig { Metrics = thresholds }).Where(d => d.Id == RuleIds.MetricBelowTarget));

    [Fact]
    public void Each_metric_below_its_threshold_is_one_warning_at_its_section_or_url()
    {
        var plan = Plans.With("Show a compliant plan.", "See https://example.com/spec for details.")
            .Replace("  - Expected: `0 failed`\n", string.Empty, StringComparison.Ordinal)
            .Replace("  Evidence: `/opt/nuget/packages/xunit`\n", string.Empty, StringComparison.Ordinal);

        var findings = Findings(plan, new MetricThresholds(0, 1.0, 0.8, TimeSpan.FromMinutes(15)));

        Assert.Equal(
            $"""
            {plan.LineOf("See https://")}:5 Warning EXP0508 External Dependency Count is 1, short of the configured target ≤ 0.
            {plan.LineOf("## Progress")}:1 Warning EXP0508 Living Freshness is 8d 21h, short of the configured target ≤ 15m.
            {plan.LineOf("## Validation & Acceptance")}:1 Warning EXP0508 Acceptance Verifiability is 0/1 (0%), short of the configured target ≥ 100%.
            {plan.LineOf("## Decision Log")}:1 Warning EXP0508 Evidence Coverage is 1/2 (50%), short of the configured target ≥ 80%.
            """.ReplaceLineEndings("\n"),
            findings);
    }

    [Fact]
    public void A_metric_at_its_threshold_or_with_nothing_to_count_is_not_reported()
    {
        var plan = Plans.Compliant.Without("Validation & Acceptance").Without("Surprises & Discoveries").Without("Decision Log");

        Assert.Empty(Findings(plan, new MetricThresholds(0, 1.0, 1.0, TimeSpan.FromDays(30))));
        Assert.Empty(Findings(Plans.Compliant, MetricThresholds.None));
    }
}
