using ExecPlan.Diagnostics;

namespace ExecPlan.Model;

/// <summary>A `Name: value` field of an entry, inline in parentheses or on its own indented line.</summary>
/// <param name="Name">The field name as the schema spells it.</param>
/// <param name="Value">The value, trimmed.</param>
/// <param name="Span">Where the field stands.</param>
public sealed record EntryField(string Name, string Value, SourceSpan Span);
