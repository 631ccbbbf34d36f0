namespace ExecPlan.Linting;

/// <summary>A path glob relative to a root: `**` matches any number of folders, `*` and `?` match within one path segment.</summary>
public sealed class Glob
{
    private readonly string[] segments;
    private readonly bool foldersIgnoreCase;

    /// <summary>Compiles a pattern; backslashes count as slashes and a leading `./` is ignored.</summary>
    public Glob(string pattern)
        : this(pattern, foldersIgnoreCase: false)
    {
    }

    /// <summary>
    /// As above; with <paramref name="foldersIgnoreCase"/> the folder segments match in any case (`plans` matches `Plans` and
    /// `PLANS`), the file name still exactly.
    /// </summary>
    public Glob(string pattern, bool foldersIgnoreCase)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        Pattern = pattern;
        // `**/**` is `**`: collapsed, so that the match's depth is bounded by the path, not by the pattern.
        segments = Collapse(Split(pattern));
        this.foldersIgnoreCase = foldersIgnoreCase;
    }

    /// <summary>The pattern as written.</summary>
    public string Pattern { get; }

    /// <summary>Whether a pattern is relative and stays inside the root (no leading slash, drive or `..`).</summary>
    public static bool IsRelative(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var normalized = pattern.Replace('\\', '/');
        return !normalized.StartsWith('/') && !Path.IsPathRooted(pattern) && !normalized.Contains(':', StringComparison.Ordinal)
            && !normalized.Split('/').Contains("..");
    }

    /// <summary>Whether a root-relative path (either slash) matches the pattern, case-sensitively (but see the constructor).</summary>
    public bool IsMatch(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var path = Split(relativePath);
        // known[i, j]: 0 unknown, 1 match, 2 no match; keeps `**` patterns linear in practice.
        var known = new byte[segments.Length + 1, path.Length + 1];
        return Matches(0, 0, path, known);
    }

    /// <summary>
    /// Whether a file of this name can match (its last segment must, unless the pattern ends in `**`): a test on the name alone, so
    /// that a walk makes a path only of the files that may match. A name holding a backslash (possible on Unix) is left to the full
    /// match, which reads it as a folder separator.
    /// </summary>
    public bool CanMatchName(ReadOnlySpan<char> name) =>
        segments.Length > 0 && (segments[^1] == "**" || name.Contains('\\') || SegmentMatches(segments[^1], name, ignoreCase: false));

    private bool Matches(int p, int s, string[] path, byte[,] known)
    {
        if (known[p, s] != 0)
        {
            return known[p, s] == 1;
        }

        bool result;
        if (p == segments.Length)
        {
            result = s == path.Length;
        }
        else if (segments[p] == "**")
        {
            result = Matches(p + 1, s, path, known) || (s < path.Length && Matches(p, s + 1, path, known));
        }
        else
        {
            var ignoreCase = foldersIgnoreCase && p < segments.Length - 1;
            result = s < path.Length && SegmentMatches(segments[p], path[s], ignoreCase) && Matches(p + 1, s + 1, path, known);
        }

        known[p, s] = result ? (byte)1 : (byte)2;
        return result;
    }

    /// <summary>Wildcard match of one segment with backtracking to the last `*` (linear for typical patterns).</summary>
    private static bool SegmentMatches(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text, bool ignoreCase)
    {
        int p = 0, t = 0, star = -1, mark = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == text[t] || (ignoreCase && char.ToLowerInvariant(pattern[p]) == char.ToLowerInvariant(text[t]))))
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    private static string[] Collapse(string[] parts)
    {
        var kept = new List<string>(parts.Length);
        foreach (var part in parts)
        {
            if (!(part == "**" && kept.Count > 0 && kept[^1] == "**"))
            {
                kept.Add(part);
            }
        }

        return kept.Count == parts.Length ? parts : [.. kept];
    }

    private static string[] Split(string text)
    {
        var parts = text.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        parts.RemoveAll(part => part == ".");
        return [.. parts];
    }

    /// <inheritdoc/>
    public override string ToString() => Pattern;
}
