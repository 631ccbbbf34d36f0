using System.Reflection;
using ExecPlan.Linting;
using ExecPlan.Rules;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Tests.Engine;

/// <summary>The schema is the single source: every catalogue rule has an implementation and every implementation a catalogue entry.</summary>
public sealed class SingleSourceTests
{
    private static readonly Assembly Engine = typeof(PlanLinter).Assembly;

    private static IEnumerable<string> ImplementedIds => Engine.GetTypes()
        .SelectMany(t => t.GetCustomAttributes<ImplementsRuleAttribute>())
        .Select(a => a.RuleId);

    [Fact]
    public void Every_implementation_names_a_catalogue_rule()
    {
        var unknown = ImplementedIds.Where(id => RuleCatalog.Find(id) is null).ToList();
        Assert.Empty(unknown);
    }

    [Fact]
    public void Every_catalogue_rule_has_an_implementation()
    {
        var implemented = ImplementedIds.ToHashSet(StringComparer.Ordinal);
        var missing = RuleCatalog.All.Where(r => !implemented.Contains(r.Id)).Select(r => r.Id).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_plan_rule_declares_what_it_implements_or_runs_the_generated_validator()
    {
        var undeclared = Engine.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(PlanRule)) && !t.IsAbstract)
            .Where(t => !t.GetCustomAttributes<ImplementsRuleAttribute>().Any() && !t.Namespace!.EndsWith(".Schema", StringComparison.Ordinal))
            .Select(t => t.Name)
            .ToList();
        Assert.Empty(undeclared);
    }

    [Fact]
    public void The_generated_validator_carries_the_rules_its_checks_report()
    {
        var ids = typeof(SchemaValidator).GetCustomAttributes<ImplementsRuleAttribute>().Select(a => a.RuleId).ToList();
        Assert.Contains(RuleIds.MissingRequiredSection, ids);
        Assert.Contains(RuleIds.MissingField, ids);
        Assert.Contains(RuleIds.ProgressItemOwner, ids);
    }
}
