using System.Text.RegularExpressions;

namespace ExecPlan.Rules.Evidence;

/// <summary>Finds repo-relative paths in evidence text (`src/auth/session.ts:42`) and decides whether they exist without ever leaving the root.</summary>
internal static partial class EvidencePaths
{
    /// <summary>The path-looking tokens of the text, backticked or bare, with their offsets; `:line` suffixes are dropped from the path.</summary>
    public static IEnumerable<(int Offset, int Length, string Path)> Candidates(string text)
    {
        foreach (Match match in Candidate().Matches(text))
        {
            var path = match.Groups["path"].Value.TrimEnd(TrailingPunctuation);
            if (LooksLikePath(path))
            {
                yield return (match.Groups["path"].Index, path.Length, path);
            }
        }
    }

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

    [GeneratedRegex(@"(?<![\w/.:@<-])(?<path>[\w.~-][\w./~-]*)(?::\d+(?:-\d+)?)?(?![\w/>])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Candidate();

    [GeneratedRegex(@"\.[A-Za-z][A-Za-z0-9]{0,7}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Extension();

    [GeneratedRegex(@"^v?\d+(\.\d+)+$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Version();
}
