namespace ExecPlan.SchemaGenerator.Model;

/// <summary>The H1 title: its prefix and the placeholder a template puts after it.</summary>
internal sealed record TitleModel(string Prefix, string Placeholder);
