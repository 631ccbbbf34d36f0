using System.Collections.Concurrent;
using ExecPlan.Linting;

namespace ExecPlan.Repository;

/// <summary>
/// The repository's ignore rules, as git reads them: `.git/info/exclude`, then the `.gitignore` of the root and of each folder on
/// a path, a deeper file and a later line winning, `!` taking a path back unless a folder above it is ignored. A path a plan cites
/// that git ignores (`.env`, `tmp/`, `dist/`) is on one machine and not on another, so whether it exists says nothing.
/// </summary>
/// <remarks>
/// Patterns are matched by <see cref="Glob"/> (`*`, `?` and `**`, linear): a bracket expression (`[ab]`) is taken literally, so
/// it matches less than git would, never more. Each file is read once per run, at most <see cref="MaxFileSize"/>, without
/// blocking on a pipe; one that cannot be read has no rules.
/// </remarks>
internal sealed class GitIgnores
{
    /// <summary>The largest ignore file read.</summary>
    internal const long MaxFileSize = 1024 * 1024;

    private readonly string root;
    private readonly ConcurrentDictionary<string, Rule[]> byFolder = new(StringComparer.Ordinal);
    private readonly Lazy<Rule[]> excludes;

    /// <summary>The ignore rules of the repository at <paramref name="root"/>.</summary>
    public GitIgnores(string root)
    {
        this.root = root;
        excludes = new(() => Read(Path.Combine(root, ".git", "info", "exclude"), string.Empty), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Whether git ignores the root-relative path (`/` separated), or a folder it stands in; <paramref name="isFolder"/> for a path that names a folder.</summary>
    public bool IsIgnored(string relative, bool isFolder)
    {
        var parts = relative.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var folders = new List<Rule[]> { excludes.Value };
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i] is "." or "..")
            {
                return false;
            }

            var folder = string.Join('/', parts, 0, i);
            folders.Add(byFolder.GetOrAdd(folder, f => Read(Path.Combine(root, f, ".gitignore"), f)));
            var path = string.Join('/', parts, 0, i + 1);
            var ignored = Decide(folders, path, isFolder: i < parts.Length - 1 || isFolder);
            if (ignored && i < parts.Length - 1)
            {
                return true; // a folder ignored: nothing under it can be taken back
            }

            if (i == parts.Length - 1)
            {
                return ignored;
            }
        }

        return false;
    }

    // The last rule that matches decides, the rules of deeper folders after those above them.
    private static bool Decide(List<Rule[]> folders, string path, bool isFolder)
    {
        var ignored = false;
        foreach (var rules in folders)
        {
            foreach (var rule in rules)
            {
                if ((!rule.FoldersOnly || isFolder) && rule.Matches(path))
                {
                    ignored = !rule.Negated;
                }
            }
        }

        return ignored;
    }

    private static Rule[] Read(string file, string folder)
    {
        if (!File.Exists(file))
        {
            return [];
        }

        var (text, _) = PlanFileReader.Read(file, MaxFileSize);
        return text is null ? [] : Parse(text, folder);
    }

    /// <summary>The rules of one ignore file standing in <paramref name="folder"/> (root-relative, empty for the root).</summary>
    internal static Rule[] Parse(string text, string folder)
    {
        var rules = new List<Rule>();
        foreach (var raw in text.Split('\n'))
        {
            var line = TrimEnd(raw.TrimEnd('\r'));
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var negated = line[0] == '!';
            line = negated ? line[1..] : line;
            line = line.Replace("\\", string.Empty, StringComparison.Ordinal); // `\#`, `\!`, `\ `: the character itself
            var foldersOnly = line.EndsWith('/');
            line = line.TrimEnd('/');
            if (line.Length == 0)
            {
                continue;
            }

            // A pattern with a slash (other than a trailing one) is anchored to its file's folder; one without matches at any depth.
            var anchored = line.Contains('/', StringComparison.Ordinal);
            var pattern = anchored ? line.TrimStart('/') : "**/" + line;
            var prefix = folder.Length == 0 ? string.Empty : folder + "/";
            rules.Add(new Rule(new Glob(prefix + pattern), negated, foldersOnly));
        }

        return [.. rules];
    }

    // Trailing spaces are dropped unless a backslash escapes them.
    private static string TrimEnd(string line)
    {
        var end = line.Length;
        while (end > 0 && line[end - 1] == ' ' && !(end > 1 && line[end - 2] == '\\'))
        {
            end--;
        }

        return line[..end];
    }

    /// <summary>One line of an ignore file.</summary>
    internal sealed record Rule(Glob Glob, bool Negated, bool FoldersOnly)
    {
        /// <summary>Whether the root-relative path matches.</summary>
        public bool Matches(string path) => Glob.IsMatch(path);
    }
}
