namespace ExecPlan.SchemaGenerator.Model;

/// <summary>A required `Name:` line of a section.</summary>
internal sealed record LineFieldModel(string Name, string Rule, bool NonEmpty);
