using ExecPlan.Diagnostics;

namespace ExecPlan.Model;

/// <summary>An ATX or setext heading: its level, its text as written, and where it stands.</summary>
/// <param name="Level">1 for `#`, 2 for `##`, 3 for `###`.</param>
/// <param name="Text">The heading text without the hashes, trimmed.</param>
/// <param name="Span">The whole heading line.</param>
/// <param name="TextSpan">Just the heading text.</param>
public sealed record Heading(int Level, string Text, SourceSpan Span, SourceSpan TextSpan);
