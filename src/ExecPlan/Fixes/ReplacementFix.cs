using ExecPlan.Diagnostics;
using ExecPlan.Model;

namespace ExecPlan.Fixes;

/// <summary>Fixes that write one span again: a timestamp, a heading, a title, a front-matter value.</summary>
internal static class ReplacementFix
{
    /// <summary>Replaces the text of a one-line span with <paramref name="newText"/>; null when the span covers more than one line or nothing changes.</summary>
    public static PlanFix? Of(PlanDocument document, SourceSpan span, string newText, string title, FixSafety safety = FixSafety.Safe)
    {
        if (span.Line != span.EndLine || span.EndColumn < span.Column)
        {
            return null;
        }

        var start = FixText.OffsetOf(document, span.Line, span.Column);
        var end = FixText.OffsetOf(document, span.EndLine, span.EndColumn);
        return document.Text.AsSpan(start, end - start).SequenceEqual(newText)
            ? null
            : new PlanFix(title, safety, [FixText.Replace(document, start, end, newText)]);
    }

    /// <summary>Replaces [<paramref name="start"/>, <paramref name="end"/>) with <paramref name="newText"/>.</summary>
    public static PlanFix Of(PlanDocument document, int start, int end, string newText, string title, FixSafety safety = FixSafety.Safe) =>
        new(title, safety, [FixText.Replace(document, start, end, newText)]);
}
