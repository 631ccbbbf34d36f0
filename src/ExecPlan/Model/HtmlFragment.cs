using ExecPlan.Diagnostics;

namespace ExecPlan.Model;

/// <summary>Raw HTML in the plan, a block or an inline tag, comments included.</summary>
/// <param name="Text">The HTML as written.</param>
/// <param name="Range">Its offsets.</param>
/// <param name="Span">Its lines and columns.</param>
/// <param name="IsBlock">Whether it is an HTML block rather than inline HTML.</param>
public sealed record HtmlFragment(string Text, TextRange Range, SourceSpan Span, bool IsBlock)
{
    /// <summary>Whether the fragment is an HTML comment.</summary>
    public bool IsComment => Text.TrimStart().StartsWith("<!--", StringComparison.Ordinal);
}
