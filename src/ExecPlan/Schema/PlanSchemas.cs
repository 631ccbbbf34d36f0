using System.Collections.Immutable;
using ExecPlan.Rules.Engine;

namespace ExecPlan.Schema;

/// <summary>The plan formats the engine knows, each from its schema file, with the rules registered for it.</summary>
public static class PlanSchemas
{
    /// <summary>The ExecPlan format (the default).</summary>
    public static PlanSchema ExecPlan { get; } = new(Generated.PlanSchemaDefinition.Data, RuleSets.ExecPlan());

    /// <summary>The format of the OpenAI cookbook's PLANS.md skeleton (no front matter, any H1, the four living sections).</summary>
    public static PlanSchema Cookbook { get; } = new(global::ExecPlan.Schema.Cookbook.PlanSchemaDefinition.Data, RuleSets.Cookbook());

    /// <summary>Every schema, the default first.</summary>
    public static ImmutableArray<PlanSchema> All { get; } = [ExecPlan, Cookbook];

    /// <summary>
    /// The catalogue's rules that apply to plans of <paramref name="schema"/>: every rule but those implemented only by rules
    /// registered for other schemas or checked only by other schemas' generated validators (the engine's input, configuration
    /// and repository rules apply to all).
    /// </summary>
    public static ImmutableArray<RuleDescriptor> RulesOf(PlanSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var own = Implemented(schema);
        var others = All.Where(s => !ReferenceEquals(s, schema)).SelectMany(Implemented).Where(id => !own.Contains(id)).ToHashSet(StringComparer.Ordinal);
        var silent = schema.Rules.SelectMany(r => RuleIdsOf(r.GetType()).Where(id => !r.CanReport(id, schema))).ToHashSet(StringComparer.Ordinal);
        return [.. Generated.RuleCatalog.All.Where(r => !others.Contains(r.Id) && !silent.Contains(r.Id) && EngineCanReport(r.Id, schema))];
    }

    /// <summary>Whether the repository check of the root policy pointer (EXP0904: it points to the format guide) applies to plans of this format.</summary>
    public static bool HasPolicyPointer(PlanSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return schema.Data.Repository is { PolicyPointer: not null, FormatGuide: not null };
    }

    /// <summary>The lock files some format declares (read at the root whatever the run's format: a repository keeps one protocol).</summary>
    public static ImmutableArray<string> LockFiles => Repositories.LockFiles;

    /// <summary>The policy pointers some format declares (read at the root, for secrets and for EXP0904).</summary>
    public static ImmutableArray<string> PolicyFiles => Repositories.PolicyFiles;

    /// <summary>The globs of every format's plan discovery, relative to the searched folder's parent, in schema order.</summary>
    public static ImmutableArray<string> DiscoveryGlobs => Repositories.DiscoveryGlobs;

    /// <summary>What every format keeps beside plans that is not a plan: file names, `*` and the end of a name, folder names and `/`.</summary>
    public static ImmutableArray<string> NotPlans => Repositories.NotPlans;

    /// <summary>The format guides some format declares, relative to the root (<c>docs/EXEC_PLAN.md</c>): not plans, whatever their name.</summary>
    public static ImmutableArray<string> FormatGuides => Repositories.FormatGuides;

    // What the formats declare of a repository, read from the generated data alone: discovery (the build's, on every build)
    // needs the file names and globs, not the schemas with their lookups, patterns and rules (tens of ms to build cold). The
    // properties above read no field of this class, so they do not run its initializer.
    private static class Repositories
    {
        private static readonly RepositoryLayout[] All = [Generated.PlanSchemaDefinition.Data.Repository, global::ExecPlan.Schema.Cookbook.PlanSchemaDefinition.Data.Repository];

        public static ImmutableArray<string> LockFiles { get; } = Distinct(All.Select(r => r.LockFile));

        public static ImmutableArray<string> PolicyFiles { get; } = Distinct(All.Select(r => r.PolicyPointer));

        // Exactly: file names match in their case (`**/EXECPLAN.md` and `**/ExecPlan.md` are two globs).
        public static ImmutableArray<string> DiscoveryGlobs { get; } = [.. All.SelectMany(r => r.Discover).Distinct(StringComparer.Ordinal)];

        public static ImmutableArray<string> NotPlans { get; } = Distinct(All.SelectMany(r => r.NotPlans));

        public static ImmutableArray<string> FormatGuides { get; } = Distinct(All.Select(r => r.FormatGuide));

        private static ImmutableArray<string> Distinct(IEnumerable<string?> names) => [.. names.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    // The engine's own checks that need a part of the format: a duplicate id needs an id field, the pointer the ExecPlan guide.
    private static bool EngineCanReport(string id, PlanSchema schema) => id switch
    {
        Generated.RuleIds.DuplicateId => schema.FrontMatterField(SchemaRoles.Id) is not null,
        Generated.RuleIds.PlansPointer => HasPolicyPointer(schema),
        _ => true,
    };

    // The rule IDs a schema's registered rules and its generated validators (each declares exactly the rules it calls) implement.
    private static HashSet<string> Implemented(PlanSchema schema)
    {
        var validators = new Delegate?[] { schema.Data.ValidateFrontMatter, schema.Data.ValidateStructure, schema.Data.ValidateEntries }
            .OfType<Delegate>()
            .Select(v => v.Method.DeclaringType!);
        return [.. schema.Rules.Select(r => r.GetType()).Concat(validators).SelectMany(RuleIdsOf)];
    }

    private static IEnumerable<string> RuleIdsOf(Type type) =>
        type.GetCustomAttributes(typeof(Rules.ImplementsRuleAttribute), inherit: false).Cast<Rules.ImplementsRuleAttribute>().Select(a => a.RuleId);

    /// <summary>Every level name some schema declares, in schema and level order (what `level:`, `--level` and `ExecPlanLevel` accept).</summary>
    public static ImmutableArray<string> LevelNames { get; } = [.. All.SelectMany(s => s.Levels).Select(l => l.Name).Distinct(StringComparer.Ordinal)];

    /// <summary>The level name as some schema declares it (case-insensitive, trimmed), or null when none does.</summary>
    public static string? FindLevelName(string? text) =>
        LevelNames.FirstOrDefault(n => string.Equals(n, text?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The schema of this name (`execplan`, `cookbook`; case-insensitive), or null.</summary>
    public static PlanSchema? Find(string? name) =>
        All.FirstOrDefault(s => string.Equals(s.Key, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}
