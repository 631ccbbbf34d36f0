namespace ExecPlan.Model;

/// <summary>Finds container nesting deeper than Markdig accepts before Markdig sees it: deep indentation costs Markdig time quadratic in the depth before it gives up.</summary>
internal static class NestingLimit
{
    /// <summary>Markdig's own depth limit (it throws beyond it); a plan never comes near.</summary>
    public const int MaxDepth = 128;

    // Columns of leading indentation that surely exceed MaxDepth levels (a list level takes 2 to 4 columns).
    private const int MaxIndent = 4 * MaxDepth;

    /// <summary>The first line whose leading block quotes or indentation go past the limit; 0 when none does.</summary>
    public static int FirstTooDeepLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = 1;
        var inPrefix = true;
        int columns = 0, quotes = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                line++;
                inPrefix = true;
                columns = quotes = 0;
            }
            else if (inPrefix && c is ' ' or '\t' or '>')
            {
                columns += c == '\t' ? 4 : 1;
                quotes += c == '>' ? 1 : 0;
                if (quotes > MaxDepth || columns > MaxIndent)
                {
                    return line;
                }
            }
            else
            {
                inPrefix = false;
            }
        }

        return 0;
    }
}
