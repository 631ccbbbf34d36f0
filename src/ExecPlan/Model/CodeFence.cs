using ExecPlan.Diagnostics;

namespace ExecPlan.Model;

/// <summary>A fenced code block: where it stands and its info string.</summary>
/// <param name="Range">Its offsets, fences included.</param>
/// <param name="Span">Its lines and columns.</param>
/// <param name="Info">The info string (language), or empty.</param>
/// <param name="ContentRange">The offsets of the lines between the fences.</param>
public sealed record CodeFence(TextRange Range, SourceSpan Span, string Info, TextRange ContentRange);
