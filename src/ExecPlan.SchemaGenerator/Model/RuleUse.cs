namespace ExecPlan.SchemaGenerator.Model;

/// <summary>A rule ID a schema refers to, kept for resolution against another schema's catalogue.</summary>
/// <param name="Id">The rule ID.</param>
/// <param name="Owner">The schema key that holds it, for the message.</param>
/// <param name="Span">Where it stands.</param>
internal sealed record RuleUse(string Id, string Owner, SourceSpan Span);
