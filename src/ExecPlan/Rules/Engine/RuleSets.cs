using ExecPlan.Rules.Evidence;
using ExecPlan.Rules.FrontMatterFields;
using ExecPlan.Rules.Input;
using ExecPlan.Rules.Profiles;
using ExecPlan.Rules.Progress;
using ExecPlan.Rules.Repository;
using ExecPlan.Rules.Schema;
using ExecPlan.Rules.Secrets;
using ExecPlan.Rules.SelfContainment;
using ExecPlan.Rules.Structure;
using ExecPlan.Rules.Timestamps;

namespace ExecPlan.Rules.Engine;

/// <summary>
/// The rules registered for each schema, explicitly (no reflection over the assembly): a rule runs on a plan only when its
/// schema lists it, and finds what it needs through the schema's roles.
/// </summary>
internal static class RuleSets
{
    /// <summary>Every rule, for the ExecPlan format, in a stable order.</summary>
    public static PlanRule[] ExecPlan() =>
    [
        new AcceptanceCommandRule(),
        new EvidencePathRule(),
        new MetricTargetRule(),
        new FrontMatterPresenceRule(),
        new FrontMatterSyntaxRule(),
        new UpdatedBeforeCreatedRule(),
        new MojibakeRule(),
        new HiddenContentRule(),
        new StrictProfileRule(),
        new OutcomesRule(),
        new ProgressItemsRule(),
        new ProgressStatusRule(),
        new StalePlanRule(),
        new StaleUpdatedRule(),
        new PlanFileNameRule(),
        new EntrySchemaRule(),
        new FrontMatterSchemaRule(),
        new StructureSchemaRule(),
        new SecretRule(),
        new ExternalUrlRule(),
        new InlineSnapshotRule(),
        new HeadingRule(),
        new NestedSectionsRule(),
        new NotAPlanRule(),
        new PlaceholderRule(),
        new TitleRule(),
        new TimestampRule(),
    ];

    /// <summary>
    /// The rules for the cookbook format: structure, entries, stamps, placeholders, secrets and input. Not the ones whose parts
    /// the format does not have (front-matter fields, the status line, the lifecycle) nor the ExecPlan format's own demands
    /// (research snapshots for external URLs, the PLAN.md file name, the repo-native profile's HTML). The format is prose-first
    /// (see <see cref="ExecPlan.Schema.PlanSchema.ProseFirst"/>).
    /// </summary>
    public static PlanRule[] Cookbook() =>
    [
        new AcceptanceCommandRule(),
        new EvidencePathRule(),
        new MetricTargetRule(),
        new FrontMatterSyntaxRule(),
        new MojibakeRule(),
        new StrictProfileRule(),
        new EntrySchemaRule(),
        new StructureSchemaRule(),
        new SecretRule(),
        new HeadingRule(),
        new NestedSectionsRule(),
        new NotAPlanRule(),
        new PlaceholderRule(),
        new TitleRule(),
        new TimestampRule(),
        new CompletedItemStampRule(),
    ];
}
