namespace ExecPlan.SchemaGenerator.Model;

/// <summary>The rule IDs of the structure checks (`section_checks`).</summary>
internal sealed record SectionChecksModel(string Must, string Should, string Order, string Duplicate, string Empty);
