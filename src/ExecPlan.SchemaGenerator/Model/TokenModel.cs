namespace ExecPlan.SchemaGenerator.Model;

/// <summary>A template token: the literal text a scaffolder replaces.</summary>
internal sealed record TokenModel(string Key, string Value);
