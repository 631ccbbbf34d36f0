namespace ExecPlan.SchemaGenerator.Emitting;

/// <summary>One line of a generated validator method and the rule it reports (null for control flow such as the level switch).</summary>
internal sealed record ValidatorCall(string Code, string? Rule);
