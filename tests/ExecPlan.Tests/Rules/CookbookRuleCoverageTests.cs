using ExecPlan.Schema;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Tests.Rules;

/// <summary>Every rule that applies to the cookbook format has a triggering test under it, a file-based test named here, or a known gap.</summary>
public sealed class CookbookRuleCoverageTests
{
    // Rules that need real files, folders, a failing rule or a config file; each is tested in the class named. Those marked
    // "any format" run before or beside the schema's rules (reading, parsing, configuration, the run, the repository's lock
    // file, the secret scan shared by both formats), so a test under the ExecPlan format covers the cookbook too.
    private static readonly Dictionary<string, string> FileBased = new(StringComparer.Ordinal)
    {
        [RuleIds.UnreadableFile] = "Engine.FileInputTests (any format)",
        [RuleIds.InvalidEncoding] = "Engine.FileInputTests (any format)",
        [RuleIds.FileTooLarge] = "Engine.FileInputTests (any format)",
        [RuleIds.RuleFailure] = "Engine.RuleRunnerTests (any format)",
        [RuleIds.InvalidConfig] = "ExecPlan.Cli.Tests.ConfigLoaderTests (any format)",
        [RuleIds.LintTimeout] = "ExecPlan.Hardness.Tests.FileSystemTests (any format)",
        [RuleIds.UnparsablePlan] = "Engine.BadInputTests (any format)",
        [RuleIds.InvalidBaseline] = "Baselines.BaselineTests.A_cookbook_plan_is_baselined_like_any_other (cookbook)",
        [RuleIds.StaleBaselineEntry] = "Baselines.BaselineTests.A_cookbook_plan_is_baselined_like_any_other (cookbook)",
        [RuleIds.SecretScanIncomplete] = "Engine.FailSafeTests (any format: the secret rule is registered for both)",
        [RuleIds.EvidencePathMissing] = "Rules.RepositoryRuleTests.Evidence_paths_of_a_cookbook_plan_resolve_under_the_root (cookbook)",
        [RuleIds.InvalidLockFile] = "Rules.RepositoryRuleTests (any format)",
        [RuleIds.LockConflict] = "Rules.RepositoryRuleTests (any format)",
        [RuleIds.LockExpired] = "Rules.RepositoryRuleTests (any format)",
    };

    // Rules RulesOf(Cookbook) lists that no cookbook plan could trigger, each with why (none: the list leaves out what cannot report).
    private static readonly Dictionary<string, string> KnownGaps = new(StringComparer.Ordinal)
    {
    };

    private static HashSet<string> Applicable => [.. PlanSchemas.RulesOf(PlanSchemas.Cookbook).Select(r => r.Id)];

    [Fact]
    public void Every_cookbook_rule_has_a_triggering_test_or_a_known_gap()
    {
        var untested = Applicable.Where(id => !CookbookRuleCases.CoveredIds.Contains(id) && !FileBased.ContainsKey(id) && !KnownGaps.ContainsKey(id)).Order().ToList();
        Assert.Empty(untested);
    }

    [Fact]
    public void The_lists_name_only_cookbook_rules_and_a_covered_rule_is_no_gap()
    {
        var applicable = Applicable;
        Assert.DoesNotContain(CookbookRuleCases.CoveredIds.Concat(FileBased.Keys).Concat(KnownGaps.Keys), id => !applicable.Contains(id));
        Assert.DoesNotContain(KnownGaps.Keys, id => CookbookRuleCases.CoveredIds.Contains(id) || FileBased.ContainsKey(id));
    }
}
