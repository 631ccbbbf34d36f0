namespace ExecPlan.SchemaGenerator.Model;

/// <summary>A schema section or an extra section; Requirements are engine Requirement member names, one per level in level order.</summary>
internal sealed record SectionModel(
    string Key,
    string Title,
    bool IsExtra,
    EquatableArray<string> Requirements,
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
