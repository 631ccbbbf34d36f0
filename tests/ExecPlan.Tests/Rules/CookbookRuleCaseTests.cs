using ExecPlan.Configuration;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Rules;

/// <summary>Runs <see cref="CookbookRuleCases"/> under the cookbook format, and shows that the ExecPlan format's own rules stay silent there.</summary>
public sealed class CookbookRuleCaseTests
{
    [Theory]
    [MemberData(nameof(CookbookRuleCases.Data), MemberType = typeof(CookbookRuleCases))]
    public void Trigger_reports_the_rule(RuleCase ruleCase)
    {
        Assert.Same(PlanSchemas.Cookbook, ruleCase.Config?.Schema);
        var diagnostics = Linter.Active(ruleCase.Trigger, ruleCase.Level, ruleCase.Config, ruleCase.Path);
        Assert.True(diagnostics.Any(d => d.Id == ruleCase.RuleId), $"expected {ruleCase.RuleId}, got:\n{Linter.Describe(diagnostics)}");
    }

    [Theory]
    [MemberData(nameof(CookbookRuleCases.Data), MemberType = typeof(CookbookRuleCases))]
    public void Clean_twin_does_not_report_the_rule(RuleCase ruleCase)
    {
        var diagnostics = Linter.Active(ruleCase.Clean, ruleCase.CleanLevel ?? ruleCase.Level, ruleCase.Config, ruleCase.Path);
        Assert.False(diagnostics.Any(d => d.Id == ruleCase.RuleId), $"did not expect {ruleCase.RuleId}:\n{Linter.Describe(diagnostics)}");
    }

    /// <summary>Text that trips an ExecPlan-only rule when linted as an ExecPlan, for each such rule.</summary>
    public static TheoryData<string, string> ForeignRules => new()
    {
        { "EXP0101", Plan },
        { "EXP0103", FrontMatter("status: IN_PROGRESS") },
        { "EXP0104", FrontMatter("status: in-progress") },
        { "EXP0105", FrontMatter("created: 2025-11-22 14:00") },
        { "EXP0106", FrontMatter("created: 2025-11-23T14:00:00Z\nupdated: 2025-11-22T14:00:00Z") },
        { "EXP0107", FrontMatter("priority: high") },
        { "EXP0108", FrontMatter("id: demo plan") },
        { "EXP0110", FrontMatter("owner: [agent-1, agent-2]") },
        { "EXP0209", Plan + "\n\n## Constraints & Safety\n\nNone.\n" },
        { "EXP0301", Plan },
        { "EXP0303", Plan.Replace("## Progress\n", "## Progress\n\nStatus: WORKING\n", StringComparison.Ordinal) },
        { "EXP0305", Plan },
        { "EXP0306", Plan },
        { "EXP0310", Plan.Replace("(2025-10-01 13:00Z)", "2025-10-01T14:20:00Z -", StringComparison.Ordinal).Replace("(2025-10-01 14:20Z)", "2025-10-01T13:00:00Z -", StringComparison.Ordinal) },
        { "EXP0311", FrontMatter("status: IN_PROGRESS\nupdated: 2025-10-01T14:20:00Z") },
        { "EXP0504", Plan + "\n\n## Inter-Agent Messages\n\n- 2025-10-01T14:40:00Z - From: agent-1 To: agent-2\n  Intent: ASK\n" },
        { "EXP0601", Plan.Replace("Reads are cached;", "Reads are cached (see https://example.com/cache-notes);", StringComparison.Ordinal) },
        { "EXP0602", Plan + "\n\n## Research Snapshot\n\n- Retrieved: 2025-10-01T14:05:00Z\n- Source: https://example.com/spec\n" },
        { "EXP0805", FrontMatter("profile: repo-native").Replace("Add a `Cache` interface, wrap the store in a cached store, and call it from the handler.", "<details>\n<summary>Plan</summary>\n\nAdd a `Cache` interface.\n\n</details>", StringComparison.Ordinal) },
        { "EXP0905", Plan },
    };

    [Theory]
    [MemberData(nameof(ForeignRules))]
    public void An_ExecPlan_only_rule_never_fires_on_a_cookbook_plan(string ruleId, string text)
    {
        Assert.DoesNotContain(ruleId, PlanSchemas.RulesOf(PlanSchemas.Cookbook).Select(r => r.Id));
        Assert.Contains(Lint(text, ExecPlanConfig.Default with { Schema = PlanSchemas.ExecPlan }), d => d.Id == ruleId);
        var found = Lint(text, CookbookRuleCases.Cookbook);
        Assert.False(found.Any(d => d.Id == ruleId), $"did not expect {ruleId}:\n{Linter.Describe(found)}");
    }

    private const string Plan = CookbookSchemaTests.Plan;

    private static string FrontMatter(string yaml) => $"---\n{yaml}\n---\n{Plan}";

    // A plan name off the ExecPlan convention (EXP0905) and a short staleness window (EXP0311): what the ExecPlan rules would flag.
    private static IEnumerable<ExecPlan.Diagnostics.Diagnostic> Lint(string text, ExecPlanConfig config) =>
        Linter.Lint(text, LevelNames.Standard, config with { StaleAfter = TimeSpan.FromDays(1) }, path: "docs/plans/cache.md").Where(d => d.IsActive);
}
