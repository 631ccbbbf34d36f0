using System.Collections.Frozen;

namespace ExecPlan.Fixes;

/// <summary>The whole-document fixers, keyed by the rule they fix (registered here explicitly, no reflection).</summary>
internal static class DocumentFixers
{
    private static readonly FrozenDictionary<string, DocumentFixer> ByRule =
        new DocumentFixer[] { new SectionOrderFixer() }.ToFrozenDictionary(f => f.RuleId, StringComparer.Ordinal);

    /// <summary>The fixer of the rule, or null.</summary>
    public static DocumentFixer? For(string ruleId) => ByRule.GetValueOrDefault(ruleId);
}
