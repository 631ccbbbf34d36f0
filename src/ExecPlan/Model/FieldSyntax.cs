namespace ExecPlan.Model;

/// <summary>
/// Finds `Name: value` fields in plan text with a single forward pass and no backtracking (these scanners
/// run on every line and every list item of every plan, so they replaced two regular expressions that
/// dominated the parse). The grammars are given on each method; the hardness tests check both scanners
/// against those grammars written as regular expressions.
/// </summary>
internal static class FieldSyntax
{
    /// <summary>
    /// A whole line that is a field:
    /// <c>^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?&lt;name&gt;[A-Za-z][A-Za-z /&amp;-]{0,40}?)(?:\*\*|__)?[ \t]*:(?:\*\*|__)?(?:[ \t]+(?&lt;value&gt;.*)|[ \t]*)$</c>,
    /// on a line without its line break.
    /// </summary>
    /// <returns>False when the line is not a field; else the name's range and the value's start, or -1 when there is no value.</returns>
    public static bool TryLineField(ReadOnlySpan<char> line, out Range name, out int valueStart)
    {
        name = default;
        valueStart = -1;
        var i = SkipBlanks(line, 0);
        if (i + 1 < line.Length && line[i] is '-' or '*' or '+' && IsBlank(line[i + 1]))
        {
            i = SkipBlanks(line, i + 1);
        }

        if (IsStrong(line, i))
        {
            i += 2;
        }

        if (i >= line.Length || !char.IsAsciiLetter(line[i]))
        {
            return false;
        }

        var colon = line[i..].IndexOf(':');
        if (colon < 0)
        {
            return false;
        }

        colon += i;
        var end = colon;
        while (end > i && IsBlank(line[end - 1]))
        {
            end--;
        }

        if (end - i >= 2 && IsStrong(line, end - 2))
        {
            end -= 2;
        }

        if (end - i is < 1 or > 41 || line[i..end].ContainsAnyExcept(NameChars))
        {
            return false;
        }

        var after = colon + 1;
        if (IsStrong(line, after))
        {
            after += 2;
        }

        if (after < line.Length && IsBlank(line[after]))
        {
            valueStart = SkipBlanks(line, after);
        }
        else if (after < line.Length)
        {
            return false;
        }

        name = i..end;
        return true;
    }

    /// <summary>
    /// The fields inside one list item's text, left to right and not overlapping. A field is one of
    /// <paramref name="names"/> followed by a colon, with a note in parentheses between them or not:
    /// <c>(?:(?&lt;=^|[\r\n][ \t&gt;]*(?:[-*+][ \t]+)?|[(;,][ \t]*|[ \t]-[ \t]|^[ \t]*)(?:\*\*|__)?(?i:NAMES)|(?&lt;=[ \t])(?:NAMES))(?:(?:\*\*|__)?[ \t]*\([^():\r\n]{0,60}\))?(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*</c>:
    /// a name in any case starts the text or a line (after indentation, `&gt;` or a bullet), or follows
    /// `(`, `;`, `,` or ` - `, and may be bold; spelled exactly, it may also follow a blank (`From: a To: b`). A note
    /// (`Evidence (local):`, `**Evidence** (CI):`; no colon inside, so a field within parentheses stays a field) qualifies the field
    /// and is not part of its value.
    /// </summary>
    /// <param name="text">The item's text.</param>
    /// <param name="names">The field names and aliases, none containing a colon or starting or ending with a blank.</param>
    /// <param name="found">Receives each field's start (its name, or the `**` before it) and the start of its value (past the colon, emphasis and blanks).</param>
    public static void Fields(ReadOnlySpan<char> text, string[] names, List<(int Start, int ValueStart)> found)
    {
        var from = 0;
        var search = 0;
        while (search < text.Length)
        {
            var colon = text[search..].IndexOf(':');
            if (colon < 0)
            {
                return;
            }

            colon += search;
            search = colon + 1;
            var start = FieldStart(text, colon, from, names);
            if (start < 0)
            {
                continue;
            }

            var valueStart = colon + 1;
            if (IsStrong(text, valueStart))
            {
                valueStart += 2;
            }

            valueStart = SkipBlanks(text, valueStart);
            found.Add((start, valueStart));
            from = valueStart;
            search = Math.Max(search, valueStart);
        }
    }

    // The leftmost start, at or after `from`, of a field whose colon is at `colon`; -1 when none.
    private static int FieldStart(ReadOnlySpan<char> text, int colon, int from, string[] names)
    {
        var blanksStart = colon;
        while (blanksStart > from && IsBlank(text[blanksStart - 1]))
        {
            blanksStart--;
        }

        var best = NameEndingAt(text, blanksStart, from, names);

        // A note before the colon, bold or not: `Name (note):`, `**Name** (note):`, `**Name (note)**:`.
        var noteEnd = blanksStart - from >= 2 && IsStrong(text, blanksStart - 2) ? blanksStart - 2 : blanksStart;
        if (noteEnd > from && text[noteEnd - 1] == ')')
        {
            var open = noteEnd - 2;
            while (open >= from && noteEnd - 2 - open <= MaxNote && text[open] is not ('(' or ')' or ':' or '\r' or '\n'))
            {
                open--;
            }

            if (open >= from && text[open] == '(' && noteEnd - 2 - open <= MaxNote)
            {
                var nameEnd = open;
                while (nameEnd > from && IsBlank(text[nameEnd - 1]))
                {
                    nameEnd--;
                }

                best = Leftmost(best, NameEndingAt(text, nameEnd, from, names));
            }
        }

        return best;
    }

    // The longest note a field name may carry in parentheses.
    private const int MaxNote = 60;

    // The leftmost start of a field whose name (bold or not) ends at `nameEnd`; -1 when none.
    private static int NameEndingAt(ReadOnlySpan<char> text, int nameEnd, int from, string[] names)
    {
        var best = FieldStartEndingAt(text, nameEnd, from, names);
        if (nameEnd - from >= 2 && IsStrong(text, nameEnd - 2))
        {
            best = Leftmost(best, FieldStartEndingAt(text, nameEnd - 2, from, names));
        }

        return best;
    }

    private static int FieldStartEndingAt(ReadOnlySpan<char> text, int nameEnd, int from, string[] names)
    {
        var best = -1;
        foreach (var name in names)
        {
            var start = nameEnd - name.Length;
            if (start < from || !text.Slice(start, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (start - 2 >= from && IsStrong(text, start - 2) && OpensField(text, start - 2))
            {
                best = Leftmost(best, start - 2);
            }
            else if (OpensField(text, start)
                || (start > 0 && IsBlank(text[start - 1]) && text.Slice(start, name.Length).SequenceEqual(name)))
            {
                best = Leftmost(best, start);
            }
        }

        return best;
    }

    // The case-insensitive field's left context: `^`, `^[ \t]*`, `[(;,][ \t]*`, `[ \t]-[ \t]`, `[\r\n][ \t>]*` or `[\r\n][ \t>]*[-*+][ \t]+`.
    private static bool OpensField(ReadOnlySpan<char> text, int at)
    {
        var blanks = at;
        while (blanks > 0 && IsBlank(text[blanks - 1]))
        {
            blanks--;
        }

        if (blanks == 0 || text[blanks - 1] is '(' or ';' or ',')
        {
            return true;
        }

        if (at >= 3 && IsBlank(text[at - 1]) && text[at - 2] == '-' && IsBlank(text[at - 3]))
        {
            return true;
        }

        if (AfterLineBreak(text, at))
        {
            return true;
        }

        return blanks < at && text[blanks - 1] is '-' or '*' or '+' && AfterLineBreak(text, blanks - 1);
    }

    // `[\r\n][ \t>]*` ends at `at`.
    private static bool AfterLineBreak(ReadOnlySpan<char> text, int at)
    {
        while (at > 0 && text[at - 1] is ' ' or '\t' or '>')
        {
            at--;
        }

        return at > 0 && text[at - 1] is '\r' or '\n';
    }

    private static int Leftmost(int best, int candidate) => candidate < 0 ? best : best < 0 ? candidate : Math.Min(best, candidate);

    private static bool IsStrong(ReadOnlySpan<char> text, int at) =>
        at >= 0 && at + 1 < text.Length && ((text[at] == '*' && text[at + 1] == '*') || (text[at] == '_' && text[at + 1] == '_'));

    private static bool IsBlank(char c) => c is ' ' or '\t';

    private static int SkipBlanks(ReadOnlySpan<char> text, int at)
    {
        while (at < text.Length && IsBlank(text[at]))
        {
            at++;
        }

        return at;
    }

    private static readonly System.Buffers.SearchValues<char> NameChars =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz /&-");
}
