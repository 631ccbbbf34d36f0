namespace ExecPlan.SchemaGenerator.Model;

/// <summary>A front-matter field; Kind is the engine FieldKind member name.</summary>
internal sealed record FieldModel(string Name, string Kind, bool Required, string? Pattern, string? EnumName, string Description);
