using ExecPlan.Schema.Generated;

namespace ExecPlan.Tests.Rules;

/// <summary>Every catalogue rule has a triggering test: an in-memory case in <see cref="RuleCases"/>, or a file-based test named here.</summary>
public sealed class RuleCoverageTests
{
    // Rules that need real files, folders, a failing rule or a config file; each is tested in the class named.
    private static readonly Dictionary<string, string> FileBased = new(StringComparer.Ordinal)
    {
        [RuleIds.UnreadableFile] = "Engine.FileInputTests",
        [RuleIds.InvalidEncoding] = "Engine.FileInputTests",
        [RuleIds.FileTooLarge] = "Engine.FileInputTests",
        [RuleIds.RuleFailure] = "Engine.RuleRunnerTests",
        [RuleIds.UnparsablePlan] = "Engine.BadInputTests",
        [RuleIds.LintTimeout] = "ExecPlan.Hardness.Tests.FileSystemTests",
        [RuleIds.SecretScanIncomplete] = "Engine.FailSafeTests",
        [RuleIds.InvalidConfig] = "ExecPlan.Cli.Tests.ConfigLoaderTests",
        [RuleIds.DuplicateId] = "Engine.FileInputTests",
        [RuleIds.EvidencePathMissing] = "Rules.RepositoryRuleTests",
        [RuleIds.InvalidLockFile] = "Rules.RepositoryRuleTests",
        [RuleIds.LockConflict] = "Rules.RepositoryRuleTests",
        [RuleIds.LockExpired] = "Rules.RepositoryRuleTests",
        [RuleIds.PlansPointer] = "Rules.RepositoryRuleTests",
        [RuleIds.PlanFileName] = "Rules.RepositoryRuleTests",
        [RuleIds.CompletedItemUnstamped] = "Rules.CookbookSchemaTests",
        [RuleIds.InvalidBaseline] = "Baselines.BaselineTests",
        [RuleIds.StaleBaselineEntry] = "Baselines.BaselineTests",
    };

    [Fact]
    public void Every_rule_has_a_triggering_test()
    {
        var untested = RuleCatalog.All
            .Select(r => r.Id)
            .Where(id => !RuleCases.CoveredIds.Contains(id) && !FileBased.ContainsKey(id))
            .ToList();
        Assert.Empty(untested);
    }
}
