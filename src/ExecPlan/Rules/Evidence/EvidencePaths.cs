using System.Text.RegularExpressions;

namespace ExecPlan.Rules.Evidence;

/// <summary>Finds repo-relative paths in evidence text (`src/auth/session.ts:42`) and decides whether they exist without ever leaving the root.</summary>
internal static partial class EvidencePaths
{
    /// <summary>
    /// The path-looking tokens of the text, backticked or bare, with their offsets; `:line` suffixes are dropped from the path.
    /// Not paths: the pieces of a glob (`src/**/*.java`), ratios and dates (`1/2`), shell variables (`$HOME/.x`).
    /// </summary>
    public static IEnumerable<(int Offset, int Length, string Path)> Candidates(string text)
    {
        // Every word of the text is a match: they are enumerated without allocating, and only a token holding a `.` or a `/`
        // (nothing else can look like a path) is made a string and looked at.
        var found = new List<(int, int, string)>();
        foreach (var match in Candidate().EnumerateMatches(text))
        {
            // The path is the match before its `:line` suffix (a path has no `:`).
            var token = text.AsSpan(match.Index, match.Length);
            token = token.IndexOf(':') is var colon and >= 0 ? token[..colon] : token;
            if (token.IndexOfAny('.', '/') < 0)
            {
                continue;
            }

            var path = token.TrimEnd(TrailingPunctuation).ToString();
            if (LooksLikePath(path) && !InGlob(text, match.Index, path.Length) && !IsNumbers(path))
            {
                found.Add((match.Index, path.Length, path));
            }
        }

        return found;
    }

    /// <summary>
    /// Whether a candidate is a claim that a path exists: a name with a folder and a file extension, a trailing or leading `./`
    /// folder, or a folder that exists. Words between slashes (`current/baseline`, `tools/call`, `dev/staging/prod`,
    /// `job_id/status/run_id`) are prose or a protocol name unless the first folder is in the repository; a bare name with a dot (`logger.error`) is a file only with a
    /// known extension or when a file of that name stands anywhere in the repository.
    /// </summary>
    public static bool? Missing(string path, RepositoryInfo repository)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 1 && !path.EndsWith('/'))
        {
            // A bare file name: found anywhere, else reported only with an extension files have.
            return repository.FileNameExists(path) is false && KnownExtensions.Contains(Path.GetExtension(path)) ? true : null;
        }

        var claims = Extension().IsMatch(parts[^1]) || path.EndsWith('/') || path.StartsWith("./", StringComparison.Ordinal)
            || repository.PathExists(parts[0]) is true;
        return claims ? repository.PathExists(path) is false : null;
    }

    // The extensions of files plans cite; a dotted word with another ending (`logger.error`, `os.path`) is an identifier.
    private static readonly HashSet<string> KnownExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".md", ".txt", ".json", ".yaml", ".yml", ".toml", ".xml", ".ini", ".cfg", ".conf", ".env", ".lock", ".csv", ".log", ".html",
        ".css", ".scss", ".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".vue", ".svelte", ".py", ".rb", ".go", ".rs", ".java", ".kt",
        ".kts", ".scala", ".swift", ".c", ".h", ".cc", ".cpp", ".hpp", ".cs", ".csproj", ".fs", ".fsproj", ".vb", ".sln", ".slnx", ".props",
        ".targets", ".php", ".sh", ".bash", ".zsh", ".ps1", ".bat", ".cmd", ".sql", ".proto", ".graphql", ".gradle", ".dart", ".lua",
        ".r", ".ipynb", ".dockerfile", ".tf", ".nix", ".zig", ".ex", ".exs", ".erl", ".hs", ".ml", ".clj", ".png", ".jpg", ".svg", ".pdf",
    };

    // The whitespace- or backtick-delimited token around a candidate holds glob syntax: its pieces are not paths.
    private static bool InGlob(string text, int offset, int length)
    {
        var start = offset;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] != '`')
        {
            start--;
        }

        var end = offset + length;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '`')
        {
            end++;
        }

        return text.AsSpan(start, end - start).IndexOfAny(GlobChars) >= 0;
    }

    private static readonly System.Buffers.SearchValues<char> GlobChars = System.Buffers.SearchValues.Create("*?[]{}");

    // `1/2`, `2025/11/22`, `3.5/4`: numbers and separators only.
    private static bool IsNumbers(string path) => !path.AsSpan().ContainsAnyExcept(NumberChars);

    private static readonly System.Buffers.SearchValues<char> NumberChars = System.Buffers.SearchValues.Create("0123456789./");

    /// <summary>Whether the repo-relative path exists under the root; paths that leave the root, are absolute, or pass through a link are not followed and count as unknown (null).</summary>
    public static bool? Exists(string root, string relative)
    {
        if (Path.IsPathRooted(relative) || relative.StartsWith('~') || relative.Split('/').Any(part => part == ".."))
        {
            return null;
        }

        var current = root;
        var parts = relative.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i] == ".")
            {
                continue;
            }

            current = Path.Combine(current, parts[i]);
            var info = new FileInfo(current);
            if (info.LinkTarget is not null)
            {
                return null; // A link could lead out of the repository: never followed.
            }

            if (i < parts.Length - 1 ? !Directory.Exists(current) : !info.Exists && !Directory.Exists(current))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly char[] TrailingPunctuation = ['.', ',', ';', ')'];

    private static readonly System.Buffers.SearchValues<char> NotInPaths = System.Buffers.SearchValues.Create("*?<>{}$|\"'=@");

    // A path has a folder separator or a file extension, no spaces, no glob or URL syntax, and is not a version number.
    private static bool LooksLikePath(string path) =>
        path.Length is > 2 and < 260
        && (path.Contains('/') || Extension().IsMatch(path))
        && !path.Contains("://", StringComparison.Ordinal)
        && path.AsSpan().IndexOfAny(NotInPaths) < 0
        && !path.StartsWith('/')
        && !path.StartsWith('-')
        && !Version().IsMatch(path);

    [GeneratedRegex(@"(?<![\w/.:@<${}%-])(?<path>[\w.~-][\w./~-]*)(?::\d+(?:-\d+)?)?(?![\w/>])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex Candidate();

    [GeneratedRegex(@"\.[A-Za-z][A-Za-z0-9]{0,7}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Extension();

    [GeneratedRegex(@"^v?\d+(\.\d+)+$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Version();
}
