using ExecPlan.Diagnostics;

namespace ExecPlan.Model;

/// <summary>A top-level list item of a section, nested lines included.</summary>
/// <param name="Range">The item's offsets in the plan text, marker included.</param>
/// <param name="Span">The item's lines and columns.</param>
/// <param name="ContentStart">The offset after the list marker and the task checkbox, if any.</param>
/// <param name="Checked">True or false for a task-list item (`- [x]`, `- [ ]`), null for a plain bullet.</param>
/// <param name="IsOrdered">Whether it belongs to an ordered list.</param>
public sealed record PlanListItem(TextRange Range, SourceSpan Span, int ContentStart, bool? Checked, bool IsOrdered)
{
    /// <summary>The offset where the outermost list holding the item starts: the items of one list, nested ones included, share it.</summary>
    public int ListStart { get; init; } = Range.Start;
}
