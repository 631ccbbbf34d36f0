using ExecPlan.Model;

namespace ExecPlan.Fixes;

/// <summary>Builds edits over a parsed plan: offsets from positions, the file's own newline, schema text in that newline.</summary>
internal static class FixText
{
    /// <summary>The offset of a 1-based line and column of the plan.</summary>
    public static int OffsetOf(PlanDocument document, int line, int column) =>
        Math.Clamp(document.Lines.LineStart(line) + column - 1, 0, document.Text.Length);

    /// <summary>An edit replacing [<paramref name="start"/>, <paramref name="end"/>) with <paramref name="newText"/>.</summary>
    public static TextEdit Replace(PlanDocument document, int start, int end, string newText) =>
        new(start, end - start, newText, document.SpanOf(start, end));

    /// <summary>An edit inserting <paramref name="newText"/> at <paramref name="offset"/>.</summary>
    public static TextEdit Insert(PlanDocument document, int offset, string newText) => Replace(document, offset, offset, newText);

    /// <summary>The newline the file uses (its first line break), LF when it has none: inserted text keeps the file's style.</summary>
    public static string Newline(string text)
    {
        var at = text.AsSpan().IndexOfAny('\r', '\n');
        return at < 0 || text[at] == '\n' ? "\n" : at + 1 < text.Length && text[at + 1] == '\n' ? "\r\n" : "\r";
    }

    /// <summary>Schema text (written with LF) in the file's newline.</summary>
    public static string InNewline(string schemaText, string newline) =>
        newline == "\n" ? schemaText : schemaText.Replace("\n", newline, StringComparison.Ordinal);

    /// <summary>The offset just past the line holding <paramref name="offset"/>, its line break included (the text's end on the last line).</summary>
    public static int NextLineStart(PlanDocument document, int offset)
    {
        var line = document.Lines.LineOf(offset);
        return line < document.Lines.LineCount ? document.Lines.LineStart(line + 1) : document.Text.Length;
    }

    /// <summary>
    /// An edit inserting lines (written with LF, ending with one) at a line start <paramref name="offset"/> as a block of their own: a blank
    /// line before them unless they open the file, and one after them unless the file ends there or a blank line follows.
    /// </summary>
    public static TextEdit InsertBlock(PlanDocument document, int offset, string lines)
    {
        var text = document.Text;
        var newline = Newline(text);
        var before = text.AsSpan(0, offset);
        var lead = offset == 0 ? string.Empty
            : !EndsWithLineBreak(before) ? newline + newline
            : WithoutLineBreak(before) is var previous && (previous.Length == 0 || EndsWithLineBreak(previous)) ? string.Empty
            : newline;
        var after = text.AsSpan(offset);
        var trail = after.Length == 0 || after.StartsWith(newline.AsSpan()) ? string.Empty : newline;
        return Insert(document, offset, lead + InNewline(lines, newline) + trail);
    }

    private static bool EndsWithLineBreak(ReadOnlySpan<char> text) => text.Length > 0 && text[^1] is '\n' or '\r';

    private static ReadOnlySpan<char> WithoutLineBreak(ReadOnlySpan<char> text) =>
        text.EndsWith("\r\n") ? text[..^2] : EndsWithLineBreak(text) ? text[..^1] : text;
}
