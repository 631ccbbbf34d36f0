namespace ExecPlan.Model;

/// <summary>
/// Finds a line too long to be plan prose before Markdig sees it: inline parsing of one line of a million `|`, `&lt;b&gt;` or
/// `*` costs Markdig (and the model built from its million elements) seconds, and no plan has a line of twenty thousand
/// characters (the longest in the corpus is under six hundred).
/// </summary>
internal static class LineLengthLimit
{
    /// <summary>The longest line parsed, in characters.</summary>
    public const int MaxLength = 20_000;

    /// <summary>
    /// The first line longer than <see cref="MaxLength"/>, or 0. Lines of a closed front matter block are skipped: it is YAML,
    /// with limits of its own that locate the problem better; an unclosed block is Markdown like the rest.
    /// </summary>
    public static int FirstTooLongLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= MaxLength)
        {
            return 0; // no line is longer than the text
        }

        var opensFrontMatter = text.StartsWith("---\n", StringComparison.Ordinal) || text.StartsWith("---\r", StringComparison.Ordinal);
        var (line, closed) = Scan(text, opensFrontMatter);
        return opensFrontMatter && !closed ? Scan(text, skipFrontMatter: false).Line : line;
    }

    private static (int Line, bool Closed) Scan(string text, bool skipFrontMatter)
    {
        var inFrontMatter = skipFrontMatter;
        var line = 1;
        var start = 0;
        while (true)
        {
            var end = text.AsSpan(start).IndexOfAny('\n', '\r');
            var length = end < 0 ? text.Length - start : end;
            if (inFrontMatter && line > 1 && text.AsSpan(start, length).TrimEnd() is "---" or "...")
            {
                inFrontMatter = false;
            }
            else if (!inFrontMatter && length > MaxLength)
            {
                return (line, !inFrontMatter);
            }

            if (end < 0)
            {
                return (0, !inFrontMatter);
            }

            start += end + (text[start + end] == '\r' && start + end + 1 < text.Length && text[start + end + 1] == '\n' ? 2 : 1);
            line++;
        }
    }
}
