namespace ExecPlan.SchemaGenerator.Model;

/// <summary>A whole-document template with its section keys already resolved in schema order.</summary>
internal sealed record TemplateModel(string Name, string Description, bool IsAddOn, EquatableArray<string> SectionKeys);
