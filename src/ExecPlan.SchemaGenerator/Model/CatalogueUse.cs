namespace ExecPlan.SchemaGenerator.Model;

/// <summary>
/// A schema's `schema.catalogue`: the schema whose rules it reports, and the rule IDs it uses, which can only be resolved once
/// every schema of the compilation is read.
/// </summary>
/// <param name="Name">The catalogue schema's name.</param>
/// <param name="Span">Where the name stands.</param>
/// <param name="Rules">Every rule ID the schema refers to.</param>
internal sealed record CatalogueUse(string Name, SourceSpan Span, EquatableArray<RuleUse> Rules);
