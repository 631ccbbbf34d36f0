namespace ExecPlan.SchemaGenerator.Model;

/// <summary>An entry kind: the shape of a section's list items.</summary>
internal sealed record EntryModel(
    string Name,
    string Description,
    bool TimestampRequired,
    string? LeadingField,
    string Rule,
    EquatableArray<EntryFieldModel> Fields);
