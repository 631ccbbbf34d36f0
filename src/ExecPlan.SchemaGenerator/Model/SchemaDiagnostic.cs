namespace ExecPlan.SchemaGenerator.Model;

/// <summary>A generator diagnostic as plain data, so that it caches with the model.</summary>
/// <param name="Id">The descriptor ID (EPG001...).</param>
/// <param name="Arguments">The message arguments.</param>
/// <param name="Span">The YAML node it points at.</param>
internal sealed record SchemaDiagnostic(string Id, EquatableArray<string> Arguments, SourceSpan Span);
