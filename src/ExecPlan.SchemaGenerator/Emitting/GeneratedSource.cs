namespace ExecPlan.SchemaGenerator.Emitting;

/// <summary>One generated file: its hint name (schema name + type) and text.</summary>
internal sealed record GeneratedSource(string HintName, string Text);
