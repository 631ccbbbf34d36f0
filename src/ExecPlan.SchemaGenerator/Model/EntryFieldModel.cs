namespace ExecPlan.SchemaGenerator.Model;

/// <summary>A field of an entry kind; Severity is the engine Severity member name; Levels are where it is required (empty: every level).</summary>
internal sealed record EntryFieldModel(
    string Name,
    EquatableArray<string> Aliases,
    EquatableArray<string> Alternatives,
    string Severity,
    EquatableArray<string> Levels,
    bool IsTimestamp,
    string? EnumName);
