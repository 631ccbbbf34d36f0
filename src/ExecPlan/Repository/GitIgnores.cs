using System.Collections.Concurrent;
using ExecPlan.Linting;

namespace ExecPlan.Repository;

/// <summary>
/// The repository's `.gitignore` files, read as git reads them: the file of the root and of each folder on a path, a deeper file
/// and a later line winning, `!` taking a path back unless a folder above it is ignored. A path a plan cites that git ignores
/// (`.env`, `tmp/`, `bin/`) is on one machine and not on another, so whether it exists there says nothing.
/// </summary>
/// <remarks>
/// Only what the repository holds is read, never `.git/info/exclude` or a user's global excludes: those differ from one machine
/// to the next, which is what this class is here to take out of the findings. The patterns are git's: `*`, `?`, bracket
/// expressions (`[Bb]in`, `*.py[cod]`, `[!a]`), backslash escapes and `**` as a whole segment (a leading `**/` any folders, a
/// trailing `/**` everything inside, `/**/` zero or more folders); a POSIX class (`[[:alpha:]]`) matches nothing. Each file is
/// read once per run, at most <see cref="MaxFileSize"/> and <see cref="MaxRules"/> rules, without blocking on a pipe and never
/// through a link; matching is linear in the path (no recursion) and bounded per path by <see cref="MaxWork"/> rule tests, past
/// which the path counts as not ignored (and is checked as any other).
/// </remarks>
internal sealed class GitIgnores
{
    /// <summary>The largest ignore file read.</summary>
    internal const long MaxFileSize = 1024 * 1024;

    /// <summary>The most rules read from one file; the rest of a longer file is left out.</summary>
    internal const int MaxRules = 10_000;

    /// <summary>The most rule tests for one path (its folders times the rules that apply to them).</summary>
    internal const int MaxWork = 200_000;

    // A pattern longer than this, or of more segments, is no pattern a repository keeps: left out.
    private const int MaxPatternLength = 4096;
    private const int MaxSegments = 64;
    private const int MaxPathSegments = 256;

    private readonly string root;
    private readonly ConcurrentDictionary<string, Rule[]> byFolder = new(StringComparer.Ordinal);

    /// <summary>The ignore rules of the repository at <paramref name="root"/>.</summary>
    public GitIgnores(string root) => this.root = root;

    /// <summary>Whether git ignores the root-relative path (`/` separated), or a folder it stands in; <paramref name="isFolder"/> for a path that names a folder.</summary>
    public bool IsIgnored(string relative, bool isFolder)
    {
        var parts = relative.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(p => p != ".").ToArray();
        if (parts.Length == 0 || parts.Length > MaxPathSegments || parts.Contains(".."))
        {
            return false;
        }

        var files = new List<Rule[]>(parts.Length);
        var work = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            // The rules of the folder the path's i-th part stands in (and, gathered before, of every folder above it).
            var folder = string.Join('/', parts, 0, i);
            files.Add(byFolder.GetOrAdd(folder, f => Read(f)));
            var folderOnly = i < parts.Length - 1 || isFolder;
            bool? decided = null;
            for (var depth = 0; depth < files.Count; depth++)
            {
                foreach (var rule in files[depth])
                {
                    if (++work > MaxWork)
                    {
                        return false;
                    }

                    if ((!rule.FoldersOnly || folderOnly) && rule.Matches(parts, depth, i + 1))
                    {
                        decided = !rule.Negated;
                    }
                }
            }

            if (decided is true && i < parts.Length - 1)
            {
                return true; // a folder ignored: nothing under it can be taken back
            }

            if (i == parts.Length - 1)
            {
                return decided is true;
            }
        }

        return false;
    }

    private Rule[] Read(string folder)
    {
        var file = Path.Combine(root, folder, ".gitignore");
        var info = new FileInfo(file);
        if (!info.Exists || info.LinkTarget is not null)
        {
            return [];
        }

        var (text, _) = PlanFileReader.Read(file, MaxFileSize);
        return text is null ? [] : Parse(text);
    }

    /// <summary>The rules of one ignore file, each relative to the folder the file stands in.</summary>
    internal static Rule[] Parse(string text)
    {
        var rules = new List<Rule>();
        foreach (var raw in text.Split('\n'))
        {
            if (rules.Count == MaxRules)
            {
                break;
            }

            var line = TrimEnd(raw.TrimEnd('\r'));
            if (line.Length == 0 || line.Length > MaxPatternLength || line[0] == '#')
            {
                continue;
            }

            var negated = line[0] == '!';
            line = negated ? line[1..] : line;
            var foldersOnly = line.EndsWith('/');
            line = line.TrimEnd('/');

            // A pattern with a slash (other than a trailing one) is anchored to its file's folder; one without matches a name at
            // any depth.
            var anchored = line.Contains('/', StringComparison.Ordinal);
            var segments = new List<string>();
            foreach (var segment in line.TrimStart('/').Split('/'))
            {
                if (segment.Length > 0 && !(segment == "**" && segments.Count > 0 && segments[^1] == "**"))
                {
                    segments.Add(segment);
                }
            }

            if (segments.Count == 0 || segments.Count > MaxSegments)
            {
                continue;
            }

            var compiled = segments.Select(s => s == "**" && anchored ? null : Name.Compile(s)).ToArray();
            rules.Add(new Rule(compiled, anchored, negated, foldersOnly));
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

    /// <summary>One line of an ignore file: its segments (null for a `**` segment), and how it applies.</summary>
    internal sealed class Rule(Name?[] segments, bool anchored, bool negated, bool foldersOnly)
    {
        public bool Negated => negated;

        public bool FoldersOnly => foldersOnly;

        /// <summary>Whether the path's parts <c>[from, to)</c>, relative to the rule's folder, match.</summary>
        public bool Matches(string[] parts, int from, int to)
        {
            if (!anchored)
            {
                return segments[0]!.Matches(parts[to - 1]);
            }

            // matched[j]: the segments from i on match the parts from from + j on; computed from the last segment back, so no
            // recursion however many `**` the rule holds.
            var n = to - from;
            Span<bool> next = n < 128 ? stackalloc bool[n + 1] : new bool[n + 1];
            Span<bool> current = n < 128 ? stackalloc bool[n + 1] : new bool[n + 1];
            next.Clear();
            next[n] = true;
            for (var i = segments.Length - 1; i >= 0; i--)
            {
                var segment = segments[i];
                for (var j = n; j >= 0; j--)
                {
                    current[j] = segment is null
                        ? i == segments.Length - 1
                            ? j < n // a trailing `/**`: one part or more, never the folder itself
                            : next[j] || (j < n && current[j + 1])
                        : j < n && next[j + 1] && segment.Matches(parts[from + j]);
                }

                var swap = next;
                next = current;
                current = swap;
            }

            return next[0];
        }
    }

    /// <summary>A pattern for one name: literal characters, `?`, `*` and bracket expressions, matched left to right.</summary>
    internal sealed class Name
    {
        private readonly Atom[] atoms;

        private Name(Atom[] atoms) => this.atoms = atoms;

        public static Name Compile(string pattern)
        {
            var atoms = new List<Atom>();
            for (var i = 0; i < pattern.Length; i++)
            {
                var c = pattern[i];
                if (c == '\\')
                {
                    // A backslash at the end escapes nothing: git takes the pattern as invalid, and it matches nothing.
                    atoms.Add(i + 1 < pattern.Length ? Atom.Literal(pattern[++i]) : Atom.Nothing);
                }
                else if (c == '*')
                {
                    if (atoms.Count == 0 || atoms[^1].Kind != AtomKind.Star)
                    {
                        atoms.Add(Atom.Star);
                    }
                }
                else if (c == '?')
                {
                    atoms.Add(Atom.Any);
                }
                else if (c == '[')
                {
                    // A bracket expression that does not close makes the pattern invalid for git: it matches nothing.
                    var (bracket, end) = Bracket(pattern, i);
                    atoms.Add(bracket ?? Atom.Nothing);
                    i = bracket is null ? pattern.Length : end;
                }
                else
                {
                    atoms.Add(Atom.Literal(c));
                }
            }

            return new Name([.. atoms]);
        }

        // A bracket expression from the `[` at start: its atom and the index of its `]`, or null when it does not close.
        private static (Atom?, int) Bracket(string pattern, int start)
        {
            var i = start + 1;
            var negated = i < pattern.Length && pattern[i] is '!' or '^';
            i += negated ? 1 : 0;
            var ranges = new List<(char From, char To)>();
            var first = true;
            while (i < pattern.Length && (pattern[i] != ']' || first))
            {
                if (pattern[i] == '[' && i + 1 < pattern.Length && pattern[i + 1] == ':')
                {
                    // A POSIX class (`[[:alpha:]]`): matches nothing, to the `]` after its `:]`.
                    var inner = pattern.IndexOf(":]", i + 2, StringComparison.Ordinal);
                    var close = inner < 0 ? -1 : pattern.IndexOf(']', inner + 2);
                    return close < 0 ? (null, start) : (Atom.Nothing, close);
                }

                var from = pattern[i] == '\\' && i + 1 < pattern.Length ? pattern[++i] : pattern[i];
                var to = from;
                if (i + 2 < pattern.Length && pattern[i + 1] == '-' && pattern[i + 2] != ']')
                {
                    to = pattern[i + 2];
                    i += 2;
                }

                ranges.Add((from, to));
                first = false;
                i++;
            }

            return i < pattern.Length ? (Atom.Class([.. ranges], negated), i) : (null, start);
        }

        /// <summary>Whether the name matches: a `*` is retried from one character further when what follows it fails (linear for one star, at most length times the atoms).</summary>
        public bool Matches(string name)
        {
            int a = 0, t = 0, star = -1, mark = 0;
            while (t < name.Length)
            {
                if (a < atoms.Length && atoms[a].Kind != AtomKind.Star && atoms[a].Matches(name[t]))
                {
                    a++;
                    t++;
                }
                else if (a < atoms.Length && atoms[a].Kind == AtomKind.Star)
                {
                    star = a++;
                    mark = t;
                }
                else if (star >= 0)
                {
                    a = star + 1;
                    t = ++mark;
                }
                else
                {
                    return false;
                }
            }

            while (a < atoms.Length && atoms[a].Kind == AtomKind.Star)
            {
                a++;
            }

            return a == atoms.Length;
        }
    }

    internal enum AtomKind
    {
        Literal,
        Any,
        Star,
        Class,
        Nothing,
    }

    internal sealed record Atom(AtomKind Kind, char Char, (char From, char To)[]? Ranges, bool Negated)
    {
        public static readonly Atom Any = new(AtomKind.Any, default, null, false);

        public static readonly Atom Star = new(AtomKind.Star, default, null, false);

        public static readonly Atom Nothing = new(AtomKind.Nothing, default, null, false);

        public static Atom Literal(char c) => new(AtomKind.Literal, c, null, false);

        public static Atom Class((char From, char To)[] ranges, bool negated) => new(AtomKind.Class, default, ranges, negated);

        public bool Matches(char c) => Kind switch
        {
            AtomKind.Literal => c == Char,
            AtomKind.Any => true,
            AtomKind.Class => c != '/' && InRanges(c) != Negated,
            _ => false,
        };

        private bool InRanges(char c)
        {
            foreach (var (from, to) in Ranges!)
            {
                if (c >= from && c <= to)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
