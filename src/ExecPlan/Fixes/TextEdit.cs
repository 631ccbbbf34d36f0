using ExecPlan.Diagnostics;

namespace ExecPlan.Fixes;

/// <summary>
/// One replacement in a plan's text. Offsets count UTF-16 code units of the decoded text (<see cref="Model.PlanDocument.Text"/>):
/// the byte-order mark is not part of that text, so it is never counted and never edited; CR and LF count one each.
/// </summary>
/// <param name="Offset">The first replaced character.</param>
/// <param name="Length">How many characters are replaced (0 inserts).</param>
/// <param name="NewText">The text put in their place (empty deletes), with the file's own newlines.</param>
/// <param name="Span">The replaced range as lines and columns (1-based; the end column is just past the range, as in findings).</param>
public sealed record TextEdit(int Offset, int Length, string NewText, SourceSpan Span)
{
    /// <summary>The offset just past the replaced range.</summary>
    public int End => Offset + Length;
}
