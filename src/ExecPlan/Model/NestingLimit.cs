namespace ExecPlan.Model;

/// <summary>Finds container nesting deeper than Markdig accepts before Markdig sees it: deep indentation costs Markdig time quadratic in the depth before it gives up.</summary>
internal static class NestingLimit
{
    /// <summary>Markdig's own depth limit (it throws beyond it); a plan never comes near.</summary>
    public const int MaxDepth = 128;

    // Columns of leading indentation that surely exceed MaxDepth levels (a list level takes 2 to 4 columns).
    private const int MaxIndent = 4 * MaxDepth;

    /// <summary>The first line whose leading block quotes or indentation go past the limit; 0 when none does.</summary>
    /// <remarks>
    /// Only a line's leading run of spaces, tabs and `&gt;` is read, and only when it is longer than <see cref="MaxDepth"/>
    /// characters (a shorter one cannot go past either limit); the rest of the text is skipped by vectorized searches.
    /// </remarks>
    public static int FirstTooDeepLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan();
        var line = 1;
        var start = 0;
        while (true)
        {
            var rest = span[start..];
            var prefix = rest.IndexOfAnyExcept(' ', '\t', '>') is var content and >= 0 ? content : rest.Length;
            if (prefix > MaxDepth && TooDeep(rest[..prefix]))
            {
                return line;
            }

            // A line ends at LF, at CRLF, or at a CR alone.
            var end = rest.IndexOfAny('\r', '\n');
            if (end < 0)
            {
                return 0;
            }

            start += end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1);
            line++;
        }
    }

    private static bool TooDeep(ReadOnlySpan<char> prefix)
    {
        int columns = 0, quotes = 0;
        foreach (var c in prefix)
        {
            columns += c == '\t' ? 4 : 1;
            quotes += c == '>' ? 1 : 0;
            if (quotes > MaxDepth || columns > MaxIndent)
            {
                return true;
            }
        }

        return false;
    }
}
