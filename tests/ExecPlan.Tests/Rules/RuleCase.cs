using ExecPlan.Configuration;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Tests.Rules;

/// <summary>One rule's smallest triggering plan and a near twin that must not trigger it.</summary>
public sealed record RuleCase(string RuleId, string Trigger, string Clean, string Level = LevelNames.Standard, ExecPlanConfig? Config = null, string? CleanLevel = null, string Path = "plans/demo-PLAN.md")
{
    public override string ToString() => RuleId;
}
