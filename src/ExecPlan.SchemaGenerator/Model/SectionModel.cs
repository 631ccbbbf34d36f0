namespace ExecPlan.SchemaGenerator.Model;

/// <summary>A schema section or an extra section; requirements are engine Requirement member names.</summary>
internal sealed record SectionModel(
    string Key,
    string Title,
    bool IsExtra,
    string Standard,
    string Minimal,
    string? Condition,
    string? ConditionRule,
    bool Living,
    SubsectionsModel? Subsections,
    EquatableArray<LineFieldModel> LineFields,
    string? EntryKind,
    bool Trailing,
    string Description,
    string Template,
    EquatableArray<string> Aliases);
