namespace ExecPlan.SchemaGenerator.Model;

/// <summary>A conformance level: its name (a section key giving the section's requirement at this level) and what it asks for.</summary>
internal sealed record LevelModel(string Name, string Description);
