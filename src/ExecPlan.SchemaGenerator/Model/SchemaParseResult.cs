namespace ExecPlan.SchemaGenerator.Model;

/// <summary>The outcome of reading one schema file: the model when it is sound, and the diagnostics.</summary>
/// <param name="Path">The schema file path, for diagnostic locations.</param>
/// <param name="Model">The model, or null when the schema has errors (nothing is emitted then).</param>
/// <param name="Diagnostics">The located errors.</param>
/// <param name="NameSpan">Where `schema.name` stands, for a clash with another schema file.</param>
/// <param name="Catalogue">The other schema whose rules this one uses, or null when it declares its own.</param>
internal sealed record SchemaParseResult(
    string Path,
    SchemaModel? Model,
    EquatableArray<SchemaDiagnostic> Diagnostics,
    SourceSpan NameSpan,
    CatalogueUse? Catalogue);
