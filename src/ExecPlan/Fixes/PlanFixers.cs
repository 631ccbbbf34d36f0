using System.Collections.Frozen;

namespace ExecPlan.Fixes;

/// <summary>The whole-document fixers, keyed by the rule they fix (registered here explicitly, no reflection).</summary>
internal static class PlanFixers
{
    private static readonly FrozenDictionary<string, PlanFixer> ByRule =
        new PlanFixer[] { new SectionOrderFixer() }.ToFrozenDictionary(f => f.RuleId, StringComparer.Ordinal);

    /// <summary>The fixer of the rule, or null.</summary>
    public static PlanFixer? For(string ruleId) => ByRule.GetValueOrDefault(ruleId);
}
