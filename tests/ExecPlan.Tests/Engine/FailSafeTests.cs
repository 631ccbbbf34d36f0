using System.Text.RegularExpressions;
using ExecPlan.Configuration;
using ExecPlan.Diagnostics;
using ExecPlan.Model;
using ExecPlan.Rules;
using ExecPlan.Rules.Engine;
using ExecPlan.Rules.Secrets;
using ExecPlan.Schema.Generated;
using ExecPlan.Secrets;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Engine;

/// <summary>A file the engine could not fully check never passes silently: capped rules say how much they left out, a secret scan that did not finish is an error.</summary>
public sealed class FailSafeTests
{
    private static PlanContext Context(string text) =>
        new(PlanParser.Parse("p.md", text), ExecPlanConfig.Default.LevelInForce, ExecPlanConfig.Default, new FixedClock(Linter.Now), RepositoryInfo.None);

    [Fact]
    public void A_rule_lists_its_first_findings_and_one_EXP0010_counts_the_rest_at_the_first_left_out()
    {
        var tags = string.Concat(Enumerable.Repeat("<br>\n\n", 250));
        var plan = Plans.Compliant.Replace("Show a compliant plan.", tags, StringComparison.Ordinal);

        var diagnostics = Linter.Lint(plan);

        var html = diagnostics.Where(d => d.Id == RuleIds.HtmlInStrict).ToList();
        Assert.Equal(PlanContext.MaxFindingsPerRule, html.Count);
        var summary = Assert.Single(diagnostics, d => d.Id == RuleIds.TooManyFindings);
        Assert.Equal(Severity.Error, summary.Severity);
        Assert.Equal("EXP0802 was reported 100 times in this file; 150 more were not listed.", summary.Message);
        Assert.True(summary.Span.Line > html.Max(d => d.Span.Line), "the summary stands at the first finding left out");
    }

    [Fact]
    public void The_summary_is_suppressed_with_the_rule_it_stands_for()
    {
        var tags = string.Concat(Enumerable.Repeat("<br>\n\n", 150));
        var plan = Plans.Compliant.Replace("Show a compliant plan.", "<!-- execplan-disable EXP0802 -- generated HTML -->\n\n" + tags, StringComparison.Ordinal);

        var diagnostics = Linter.Active(plan);

        Assert.DoesNotContain(diagnostics, d => d.Id is RuleIds.HtmlInStrict or RuleIds.TooManyFindings);
    }

    [Fact]
    public void A_summary_stands_when_an_active_finding_is_counted_behind_suppressed_ones()
    {
        var suppressed = string.Concat(Enumerable.Repeat("<br>\n\n", 150));
        var plan = Plans.Compliant.Replace("Show a compliant plan.", "<!-- execplan-disable EXP0802 -- generated -->\n\n" + suppressed + "<!-- execplan-enable EXP0802 -->\n\n<br>\n", StringComparison.Ordinal);

        var active = Linter.Active(plan);

        Assert.DoesNotContain(active, d => d.Id == RuleIds.HtmlInStrict);
        var summary = Assert.Single(active, d => d.Id == RuleIds.TooManyFindings);
        Assert.Equal(Severity.Error, summary.Severity);
    }

    [Fact]
    public void A_secret_pattern_that_runs_out_of_time_is_EXP0702_never_a_silent_skip()
    {
        var slow = new SecretPattern("slow", "slow thing", new Regex("(a+)+$", RegexOptions.None, TimeSpan.FromMilliseconds(1)), null, [], 0, 0, SecretValidation.None, []);
        var scanner = new SecretScanner(new SecretRuleSet([slow], [], []));
        var scan = scanner.ScanAll(new string('a', 40_000) + "b");
        Assert.Equal(["slow"], scan.Incomplete);

        var context = Context(Plans.Compliant);
        context.UseSecretScan(scan);
        var diagnostics = RuleRunner.Run(context, [new SecretRule()]);

        var finding = Assert.Single(diagnostics);
        Assert.Equal((RuleIds.SecretScanIncomplete, Severity.Error), (finding.Id, finding.Severity));
        Assert.Contains("slow", finding.Message, StringComparison.Ordinal);
    }
}
