namespace ExecPlan.SchemaGenerator.Model;

/// <summary>A schema enum: its C# name, documentation and value texts in schema order.</summary>
internal sealed record EnumModel(string Name, string Description, EquatableArray<string> Values);
