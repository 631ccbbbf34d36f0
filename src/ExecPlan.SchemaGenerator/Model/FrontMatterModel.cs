namespace ExecPlan.SchemaGenerator.Model;

/// <summary>The front-matter fields and the rule each generated check reports.</summary>
internal sealed record FrontMatterModel(FrontMatterChecksModel Checks, EquatableArray<FieldModel> Fields);
