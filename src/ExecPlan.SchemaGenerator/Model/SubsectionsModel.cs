namespace ExecPlan.SchemaGenerator.Model;

/// <summary>The required H3 titles of a section, their rule, and the severity override at the minimal level.</summary>
internal sealed record SubsectionsModel(EquatableArray<string> Titles, string Rule, string? MinimalSeverity);
