namespace ExecPlan.SchemaGenerator.Model;

/// <summary>A severity that replaces a check's own at one conformance level; Severity is the engine Severity member name.</summary>
internal sealed record LevelSeverityModel(string Level, string Severity);
