using System.Collections.Immutable;
using ExecPlan.Rules.Checks;

namespace ExecPlan.Schema;

/// <summary>
/// One plan format as the generator emits it from its schema file (the generated <c>PlanSchemaDefinition.Data</c> of each schema
/// namespace): everything the engine needs to parse and check a plan of that format, as data.
/// </summary>
/// <param name="Name">The schema's name (`schema.name`), e.g. ExecPlan or Cookbook.</param>
/// <param name="Title">The schema's human title (`schema.title`).</param>
/// <param name="Sections">The schema sections in schema order.</param>
/// <param name="Extras">The always-allowed extra sections.</param>
/// <param name="FrontMatter">The declared front-matter fields; empty when the schema declares none (front matter is then optional
/// and any keys are accepted).</param>
/// <param name="TitlePrefix">The text every H1 title starts with; empty when any H1 is a title.</param>
/// <param name="TitlePlaceholder">The placeholder a template puts after the prefix; empty when the schema declares no title.</param>
/// <param name="Entries">The entry kinds.</param>
/// <param name="Templates">The whole-document templates.</param>
/// <param name="Repository">The files a repository keeping plans of this format holds, and how its plans are named and found.</param>
/// <param name="Timestamps">The date-time spellings this format takes as exact.</param>
/// <param name="ProseFirst">Whether every plan of the format is prose-first (no tables, checkboxes only in Progress, no nested fences).</param>
/// <param name="Levels">The conformance levels in order; the first is the default. Empty when the schema declares no sections.</param>
/// <param name="Roles">What each part means to the rules.</param>
/// <param name="Aliases">Other headings people write for the sections (they bind with EXP0206).</param>
/// <param name="ValidateFrontMatter">The generated front-matter checks, or null when the schema declares no front matter.</param>
/// <param name="ValidateStructure">The generated structure checks, or null when the schema declares no section checks.</param>
/// <param name="ValidateEntries">The generated entry checks, or null when the schema declares no entry kinds in sections.</param>
public sealed record PlanSchemaData(
    string Name,
    string Title,
    ImmutableArray<SectionDescriptor> Sections,
    ImmutableArray<SectionDescriptor> Extras,
    ImmutableArray<FieldDescriptor> FrontMatter,
    string TitlePrefix,
    string TitlePlaceholder,
    ImmutableArray<EntryDescriptor> Entries,
    ImmutableArray<TemplateDescriptor> Templates,
    RepositoryLayout Repository,
    TimestampForm Timestamps,
    bool ProseFirst,
    ImmutableArray<PlanLevel> Levels,
    ImmutableArray<SchemaRole> Roles,
    ImmutableArray<SectionAlias> Aliases,
    Action<IFrontMatterChecks>? ValidateFrontMatter,
    Action<IStructureChecks>? ValidateStructure,
    Action<IEntryChecks>? ValidateEntries);
