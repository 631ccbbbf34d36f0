namespace ExecPlan.SchemaGenerator.Model;

/// <summary>A field of an entry kind; Severity is the engine Severity member name.</summary>
internal sealed record EntryFieldModel(
    string Name,
    EquatableArray<string> Aliases,
    EquatableArray<string> Alternatives,
    string Severity,
    bool StandardOnly,
    bool IsTimestamp,
    string? EnumName);
