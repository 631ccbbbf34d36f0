namespace ExecPlan.SchemaGenerator.Model;

/// <summary>A whole, validated schema: everything the emitters need and nothing from Roslyn.</summary>
internal sealed record SchemaModel(
    string Name,
    string Namespace,
    EquatableArray<EnumModel> Enums,
    FrontMatterModel? FrontMatter,
    TitleModel? Title,
    SectionChecksModel? SectionChecks,
    EquatableArray<SectionModel> Sections,
    EquatableArray<EntryModel> Entries,
    EquatableArray<TemplateModel> Templates,
    EquatableArray<TokenModel> Tokens,
    EquatableArray<RuleModel> Rules);
