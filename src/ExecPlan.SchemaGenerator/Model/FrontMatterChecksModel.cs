namespace ExecPlan.SchemaGenerator.Model;

/// <summary>The rule IDs of the front-matter checks (`front_matter.checks`).</summary>
internal sealed record FrontMatterChecksModel(string Missing, string Type, string Id, string Enum, string Timestamp, string Unknown);
