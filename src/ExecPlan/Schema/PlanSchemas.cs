using System.Collections.Immutable;
using ExecPlan.Rules.Engine;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Schema;

/// <summary>The plan formats the engine knows, each from its schema file, with the rules registered for it.</summary>
public static class PlanSchemas
{
    /// <summary>The ExecPlan format (the default).</summary>
    public static PlanSchema ExecPlan { get; } = new(ExecPlanData(), RuleSets.ExecPlan());

    /// <summary>Every schema, the default first.</summary>
    public static ImmutableArray<PlanSchema> All { get; } = [ExecPlan];

    /// <summary>The schema of this name (`execplan`, `cookbook`; case-insensitive), or null.</summary>
    public static PlanSchema? Find(string? name) =>
        All.FirstOrDefault(s => string.Equals(s.Key, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    // TODO(two formats): replaced by the generated PlanSchemaDefinition.Data once the generator emits it.
    private static PlanSchemaData ExecPlanData() => new(
        Name: "ExecPlan",
        Title: "ExecPlan",
        Sections: Sections.Schema,
        Extras: Sections.Extras,
        FrontMatter: FrontMatterSchema.All,
        TitlePrefix: TitleSchema.Prefix,
        TitlePlaceholder: TitleSchema.Placeholder,
        Entries: Entries.All,
        Templates: Templates.All,
        Roles:
        [
            new(SchemaRoles.SectionKind, SchemaRoles.Progress, Sections.Progress.Key),
            new(SchemaRoles.SectionKind, SchemaRoles.Acceptance, Sections.ValidationAndAcceptance.Key),
            new(SchemaRoles.SectionKind, SchemaRoles.Outcomes, Sections.OutcomesAndRetrospective.Key),
            new(SchemaRoles.SectionKind, SchemaRoles.Decisions, Sections.DecisionLog.Key),
            new(SchemaRoles.SectionKind, SchemaRoles.Surprises, Sections.SurprisesAndDiscoveries.Key),
            new(SchemaRoles.SectionKind, SchemaRoles.Messages, Sections.InterAgentMessages.Key),
            new(SchemaRoles.SectionKind, SchemaRoles.Handoff, Sections.HandoffSummary.Key),
            new(SchemaRoles.FrontMatterKind, SchemaRoles.Id, FieldNames.Id),
            new(SchemaRoles.FrontMatterKind, SchemaRoles.Status, FieldNames.Status),
            new(SchemaRoles.FrontMatterKind, SchemaRoles.Profile, FieldNames.Profile),
            new(SchemaRoles.FrontMatterKind, SchemaRoles.Created, FieldNames.Created),
            new(SchemaRoles.FrontMatterKind, SchemaRoles.Updated, FieldNames.Updated),
            new(SchemaRoles.LineFieldKind, SchemaRoles.Status, LineFieldNames.Status),
            new(SchemaRoles.LineFieldKind, SchemaRoles.NextAction, LineFieldNames.NextAction),
            new(SchemaRoles.EntryFieldKind, SchemaRoles.Evidence, EntryFieldNames.Evidence),
            new(SchemaRoles.EntryFieldKind, SchemaRoles.Source, EntryFieldNames.Source),
            new(SchemaRoles.EntryFieldKind, SchemaRoles.Owner, EntryFieldNames.Owner),
            new(SchemaRoles.EntryFieldKind, SchemaRoles.Author, EntryFieldNames.Author),
        ],
        ValidateFrontMatter: SchemaValidator.ValidateFrontMatter,
        ValidateStructure: SchemaValidator.ValidateStructure,
        ValidateEntries: SchemaValidator.ValidateEntries);
}
