namespace ExecPlan.SchemaGenerator.Model;

/// <summary>A whole, validated schema: everything the emitters need and nothing from Roslyn.</summary>
/// <param name="Name">`schema.name`.</param>
/// <param name="Namespace">`schema.namespace`.</param>
/// <param name="HumanTitle">`schema.title`; empty when absent.</param>
/// <param name="Catalogue">`schema.catalogue`: the schema whose rules this one reports, or null when it declares its own.</param>
/// <param name="Enums">The enums.</param>
/// <param name="FrontMatter">The front matter, or null when the schema declares none.</param>
/// <param name="Title">The H1 title, or null when the schema declares none.</param>
/// <param name="SectionChecks">The structure check rules, or null.</param>
/// <param name="Sections">The schema sections, then the extras.</param>
/// <param name="Entries">The entry kinds.</param>
/// <param name="Templates">The whole-document templates.</param>
/// <param name="Tokens">The template tokens.</param>
/// <param name="Rules">The rules in ID order (empty for a schema that uses another's catalogue).</param>
/// <param name="Roles">The roles in schema order.</param>
/// <param name="Levels">The conformance levels in order; the first is the default.</param>
/// <param name="Timestamps">`schema.timestamps`: the engine TimestampForm member name.</param>
/// <param name="ProseFirst">`schema.prose_first`.</param>
/// <param name="Repository">`repository:`, or null when the schema declares none.</param>
internal sealed record SchemaModel(
    string Name,
    string Namespace,
    string HumanTitle,
    string? Catalogue,
    EquatableArray<EnumModel> Enums,
    FrontMatterModel? FrontMatter,
    TitleModel? Title,
    SectionChecksModel? SectionChecks,
    EquatableArray<SectionModel> Sections,
    EquatableArray<EntryModel> Entries,
    EquatableArray<TemplateModel> Templates,
    EquatableArray<TokenModel> Tokens,
    EquatableArray<RuleModel> Rules,
    EquatableArray<RoleModel> Roles,
    EquatableArray<LevelModel> Levels,
    string Timestamps,
    bool ProseFirst,
    RepositoryModel? Repository);
