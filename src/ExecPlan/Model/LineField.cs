using ExecPlan.Diagnostics;

namespace ExecPlan.Model;

/// <summary>A `Name: value` line in a section body (`Status: IN_PROGRESS`), emphasis and list markers stripped.</summary>
/// <param name="Name">The name before the colon.</param>
/// <param name="Value">The value after the colon, trimmed, emphasis and backticks around it removed.</param>
/// <param name="Span">The whole line.</param>
/// <param name="ValueSpan">Just the value.</param>
public sealed record LineField(string Name, string Value, SourceSpan Span, SourceSpan ValueSpan);
