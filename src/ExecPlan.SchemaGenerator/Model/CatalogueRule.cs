namespace ExecPlan.SchemaGenerator.Model;

/// <summary>A rule of a catalogue: its ID and the name of its generated RuleIds/RuleCatalog member.</summary>
internal sealed record CatalogueRule(string Id, string Member);
