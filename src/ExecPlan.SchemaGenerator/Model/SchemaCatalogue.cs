namespace ExecPlan.SchemaGenerator.Model;

/// <summary>What other schemas need of a schema that declares rules: its name, its namespace and its rules.</summary>
internal sealed record SchemaCatalogue(string Name, string Namespace, EquatableArray<CatalogueRule> Rules);
