using ExecPlan.Model;
using ExecPlan.Schema;

namespace ExecPlan.Fixes;

/// <summary>
/// EXP0301, EXP0302: a missing (or empty) `Name:` line of a section written from the section's template: after the fields the schema puts
/// before it, else at the top of the body. The status line takes the front matter's status when it is valid (unsafe: a person checks it).
/// </summary>
internal static class LineFieldInsertion
{
    /// <summary>The fix, or null when the template has no such line.</summary>
    /// <param name="document">The plan.</param>
    /// <param name="descriptor">The schema section.</param>
    /// <param name="present">The section as written.</param>
    /// <param name="field">The line field's name.</param>
    /// <param name="value">The value to write instead of the template's, or null for the template's.</param>
    public static PlanFix? Of(PlanDocument document, SectionDescriptor descriptor, Section present, string field, string? value)
    {
        var template = descriptor.Template.Split('\n').FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.OrdinalIgnoreCase));
        if (template is null)
        {
            return null;
        }

        var line = value is null ? template : $"{field}: {value}";
        var title = $"Add '{line}' to '## {descriptor.Title}'";
        var newline = FixText.Newline(document.Text);
        if (present.LineField(field) is { } empty)
        {
            return ReplacementFix.Of(document, empty.Span, line, title, FixSafety.Unsafe);
        }

        // After the last field the schema lists before this one, when the section has it; else before the first content line.
        var before = descriptor.LineFields.TakeWhile(f => !string.Equals(f, field, StringComparison.OrdinalIgnoreCase))
            .Select(present.LineField).LastOrDefault(f => f is not null);
        if (before is not null)
        {
            var after = FixText.NextLineStart(document, FixText.OffsetOf(document, before.Span.Line, 1));
            var lead = after == document.Text.Length && !EndsWithLineBreak(document.Text) ? newline : string.Empty;
            return new PlanFix(title, FixSafety.Unsafe, [FixText.Insert(document, after, lead + line + newline)]);
        }

        if (FirstContentLine(document, present) is not { } first)
        {
            return new PlanFix(title, FixSafety.Unsafe, [FixText.InsertBlock(document, present.Body.Start, line + "\n")]);
        }

        // A line field run stays one block; anything else (the checklist) gets a blank line after the new line.
        var separate = !present.LineFields.Any(f => f.Span.Line == first);
        var at = document.Lines.LineStart(first);
        return new PlanFix(title, FixSafety.Unsafe, [FixText.Insert(document, at, line + newline + (separate ? newline : string.Empty))]);
    }

    private static int? FirstContentLine(PlanDocument document, Section section)
    {
        var last = document.Lines.LineOf(section.Body.End);
        for (var line = document.Lines.LineOf(section.Body.Start); line <= last && document.Lines.LineStart(line) < section.Body.End; line++)
        {
            var start = document.Lines.LineStart(line);
            if (start >= section.Body.Start && !document.Text.AsSpan(start, document.Lines.LineEnd(line, document.Text) - start).IsWhiteSpace())
            {
                return line;
            }
        }

        return null;
    }

    private static bool EndsWithLineBreak(string text) => text.Length > 0 && text[^1] is '\n' or '\r';
}
