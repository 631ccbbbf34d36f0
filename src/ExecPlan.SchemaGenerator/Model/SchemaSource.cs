namespace ExecPlan.SchemaGenerator.Model;

/// <summary>The path and text of one schema file; equal files compare equal whatever AdditionalText carried them.</summary>
internal sealed record SchemaSource(string Path, string? Text);
