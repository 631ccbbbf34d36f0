namespace ExecPlan.Repository;

/// <summary>A path glob split into segments, each either <c>**</c> (null) or a token list; built once per glob.</summary>
internal sealed class GlobPath
{
    /// <summary>More alternatives than this from brace expansion and the braces are read as <c>*</c> instead.</summary>
    private const int MaxAlternatives = 64;

    private GlobPath(IReadOnlyList<GlobToken[]?> segments) => Segments = segments;

    /// <summary>The segments in order; a null entry is <c>**</c>, matching zero or more whole segments.</summary>
    public IReadOnlyList<GlobToken[]?> Segments { get; }

    /// <summary>Parses a glob, expanding <c>{a,b}</c> alternatives, into one or more paths.</summary>
    public static IReadOnlyList<GlobPath> Parse(string glob)
    {
        var alternatives = new List<string>();
        Expand(Normalize(glob), alternatives);
        return alternatives.ConvertAll(Split);
    }

    /// <summary>Forward slashes, no leading <c>./</c> or <c>/</c>, no empty segments; a trailing slash means everything below.</summary>
    private static string Normalize(string glob)
    {
        var text = glob.Replace('\\', '/');
        while (text.StartsWith("./", StringComparison.Ordinal))
        {
            text = text[2..];
        }

        return text.EndsWith('/') ? text + "**" : text;
    }

    private static void Expand(string glob, List<string> output)
    {
        var open = glob.IndexOf('{', StringComparison.Ordinal);
        var close = open < 0 ? -1 : glob.IndexOf('}', open);
        if (close < 0)
        {
            output.Add(glob);
            return;
        }

        var options = glob[(open + 1)..close].Split(',');
        if (output.Count + options.Length > MaxAlternatives)
        {
            // Every brace left is read as '*' at once (one pass, not one call and one copy per brace).
            output.Add(string.Concat(glob.AsSpan(0, open), CollapseBraces(glob[open..])));
            return;
        }

        foreach (var option in options)
        {
            Expand(string.Concat(glob.AsSpan(0, open), option, glob.AsSpan(close + 1)), output);
        }
    }

    private static string CollapseBraces(string glob)
    {
        var text = new System.Text.StringBuilder(glob.Length);
        var depth = 0;
        foreach (var c in glob)
        {
            if (c == '{')
            {
                if (depth++ == 0)
                {
                    text.Append('*');
                }
            }
            else if (c == '}' && depth > 0)
            {
                depth--;
            }
            else if (depth == 0)
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    private static GlobPath Split(string glob)
    {
        var segments = new List<GlobToken[]?>();
        foreach (var segment in glob.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "**")
            {
                // Consecutive ** are one **.
                if (segments.Count == 0 || segments[^1] is not null)
                {
                    segments.Add(null);
                }

                continue;
            }

            segments.Add(Tokenize(segment));
        }

        return new GlobPath(segments);
    }

    private static GlobToken[] Tokenize(string segment)
    {
        var tokens = new List<GlobToken>(segment.Length);
        for (var i = 0; i < segment.Length; i++)
        {
            var c = segment[i];
            var classEnd = c == '[' ? segment.IndexOf(']', i + 1) : -1;
            if (c == '*')
            {
                if (tokens.Count == 0 || tokens[^1].Kind != GlobTokenKind.Star)
                {
                    tokens.Add(new GlobToken(GlobTokenKind.Star));
                }
            }
            else if (c == '?')
            {
                tokens.Add(new GlobToken(GlobTokenKind.AnyChar));
            }
            else if (classEnd > i + 1)
            {
                tokens.Add(new GlobToken(GlobTokenKind.AnyChar));
                i = classEnd;
            }
            else
            {
                tokens.Add(new GlobToken(GlobTokenKind.Literal, c));
            }
        }

        return [.. tokens];
    }
}
