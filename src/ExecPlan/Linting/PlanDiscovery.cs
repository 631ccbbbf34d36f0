using System.Collections.Frozen;
using System.Collections.Immutable;
using ExecPlan.Configuration;
using ExecPlan.Schema;

namespace ExecPlan.Linting;

/// <summary>
/// Finds the plans under a folder: the files every format's `repository.plan_files.discover` globs match (PLAN.md, *-PLAN.md,
/// EXECPLAN.md in its usual spellings, the Markdown files under a `plans`, `execplans`, `exec-plans` or `exec_plans` folder at any
/// depth), but the policy, index and template files kept beside them (`not_plans`: names in any case, `*`-endings exactly), the files under
/// a `not_plans` folder (`milestones/`) below the searched folder, and the format guides (by the end of their path,
/// `docs/EXEC_PLAN.md`); the folders match in any case, the file names exactly; skips bin, obj, node_modules and .git; applies the
/// config's include and exclude globs. Discovery runs before each plan's format is known, so it takes the union of the formats' globs.
/// </summary>
public static class PlanDiscovery
{
    // Plan folders in any case (`docs/EXEC_PLANS/`, `Plans/`); file names exactly (`plan.md` is spec-kit's, not a PLAN.md).
    private static readonly Glob[] BuiltIn = [.. PlanSchemas.DiscoveryGlobs.Select(g => new Glob(g, foldersIgnoreCase: true))];

    // What every built-in pattern's file name ends with, literally (`**/plans/**/*.md` and `**/PLAN.md`: `.md`); null when some
    // pattern's name ends in a wildcard.
    private static readonly string[]? BuiltInEndings = LiteralEndings(PlanSchemas.DiscoveryGlobs);

    // Policy, index and template files that stand beside plans in their folders and are not plans: names in any case, and name
    // endings exactly (`*PLAN_TEMPLATE.md`: EXEC_PLAN_TEMPLATE.md, not update-plan-template.md, a plan about a template).
    private static readonly FrozenSet<string> NotPlans = PlanSchemas.NotPlans.Where(n => !n.StartsWith('*') && !n.EndsWith('/')).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly string[] NotPlanEndings = [.. PlanSchemas.NotPlans.Where(n => n.StartsWith('*')).Select(n => n[1..])];

    // The plan folders of the built-in patterns (`**/exec_plans/**/*.md`), any case.
    private static readonly FrozenSet<string> PlanFolders = PlanSchemas.DiscoveryGlobs
        .Where(g => g.StartsWith("**/", StringComparison.Ordinal) && g.EndsWith("/**/*.md", StringComparison.Ordinal))
        .Select(g => g["**/".Length..^"/**/*.md".Length])
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Folders whose files are not plans when they stand inside a plan folder (`milestones/`: a plan's milestone documents beside it),
    // below the searched folder, any case.
    private static readonly FrozenSet<string> NotPlanFolders = PlanSchemas.NotPlans.Where(n => n.EndsWith('/')).Select(n => n[..^1]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // The format guides, by the end of their path: `docs/EXEC_PLAN.md` is the guide at any depth (a repository linted from a folder
    // without .git, a nested repository), an `EXEC_PLAN.md` elsewhere a plan.
    private static readonly string[] FormatGuides = [.. PlanSchemas.FormatGuides.Select(g => "/" + g.Replace('\\', '/').TrimStart('/'))];

    /// <summary>What discovery looks for, in words, for the line that says no plan was found.</summary>
    public static string Described { get; } = Describe(PlanSchemas.DiscoveryGlobs);

    /// <summary>Whether a command-line path is a glob (holds <c>*</c> or <c>?</c>) rather than a file or folder name.</summary>
    public static bool IsGlob(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.AsSpan().IndexOfAny('*', '?') >= 0;
    }

    /// <summary>
    /// The files a command-line glob matches (<c>docs/exec-plans/**/*.md</c>, relative to <paramref name="workingDirectory"/> or
    /// absolute), full paths in ordinal order: the folders before its first wildcard are where the walk starts, the rest is matched
    /// with <see cref="Glob"/>; bin, obj, node_modules and .git are skipped as in discovery. Every match is linted, plan-named or not,
    /// as a file given by name is.
    /// </summary>
    public static ImmutableArray<string> Expand(string pattern, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(workingDirectory);
        var segments = pattern.Replace('\\', '/').Split('/');
        var literal = segments.TakeWhile(s => !IsGlob(s)).Count();
        if (literal == segments.Length)
        {
            return [];
        }

        var prefix = string.Join('/', segments.Take(literal));
        var start = Path.GetFullPath(prefix.Length == 0 && literal > 0 ? "/" : prefix.Length == 0 ? "." : prefix, workingDirectory);
        if (!Directory.Exists(start))
        {
            return [];
        }

        var glob = new Glob(string.Join('/', segments.Skip(literal)));
        return [.. PlanTreeWalk.Files(start, glob.CanMatchName).Where(f => glob.IsMatch(RelativeTo(start, f)!)).Order(StringComparer.Ordinal)];
    }

    /// <summary>The plan files under <paramref name="folder"/>, full paths in ordinal order; globs are relative to the config's root, else its folder, else <paramref name="folder"/>.</summary>
    public static ImmutableArray<string> Discover(string folder, ExecPlanConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return Discover(folder, config, config.Root ?? Path.GetDirectoryName(config.FilePath));
    }

    /// <summary>The plan files under <paramref name="folder"/>, full paths in ordinal order; include and exclude globs are relative to <paramref name="rootDirectory"/> (null: the folder).</summary>
    public static ImmutableArray<string> Discover(string folder, ExecPlanConfig config, string? rootDirectory)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(config);
        var start = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var root = rootDirectory is null ? start : Path.TrimEndingDirectorySeparator(Path.GetFullPath(rootDirectory));
        var globs = new ConfigGlobs(config);
        var found = new List<string>();
        foreach (var file in PlanTreeWalk.Files(start, globs.CanMatchName))
        {
            if (globs.IsPlan(start, root, file))
            {
                found.Add(file);
            }
        }

        found.Sort(StringComparer.Ordinal);
        return [.. found];
    }

    /// <summary>
    /// Whether discovery from <paramref name="rootDirectory"/> finds <paramref name="file"/> (full paths): what an editor asks of an
    /// open document before it lints it as a plan. The file need not exist; a file outside the root is never found.
    /// </summary>
    public static bool IsPlan(string file, ExecPlanConfig config, string rootDirectory)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(rootDirectory);
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(rootDirectory));
        var full = Path.GetFullPath(file);
        return RelativeTo(root, full) is { } relative
            && !relative.Split('/').SkipLast(1).Any(PlanTreeWalk.IsSkipped)
            && new ConfigGlobs(config).IsPlan(root, root, full);
    }

    // The configuration's include and exclude globs, compiled once per discovery.
    private sealed class ConfigGlobs(ExecPlanConfig config)
    {
        private readonly Glob[] _include = [.. config.Include.Select(g => new Glob(g))];
        private readonly Glob[] _exclude = [.. config.Exclude.Select(g => new Glob(g))];

        // Whether a file of this name can be a plan (a test on the name alone, before its path is made).
        public bool CanMatchName(ReadOnlySpan<char> name)
        {
            foreach (var glob in _include)
            {
                if (glob.CanMatchName(name))
                {
                    return true;
                }
            }

            return CanBeBuiltInPlan(name);
        }

        private string? _root;
        private bool _rootKnown;

        public bool IsPlan(string start, string root, string file)
        {
            var inRoot = RelativeTo(root, file);
            var fromRoot = inRoot ?? RelativeTo(start, file)!;
            var isPlan = (IsBuiltInPlan(start, root, file, inRoot) && !IsFormatGuide(GuidePath(start, root, fromRoot))) || _include.Any(g => g.IsMatch(fromRoot));
            return isPlan && !_exclude.Any(g => g.IsMatch(fromRoot));
        }

        // The path a format guide is told by: from a root known to be the repository's (a .git there, or a root above the searched
        // folder) it is the path inside it (a repository cloned as `docs/` keeps its plan `EXEC_PLAN.md` at the top); with no root
        // known (`execplan lint docs` without .git) the searched folder's name is part of it (`docs/EXEC_PLAN.md` is the guide).
        private string GuidePath(string start, string root, string fromRoot)
        {
            if (!string.Equals(_root, root, StringComparison.Ordinal))
            {
                _root = root;
                _rootKnown = !string.Equals(root, start, StringComparison.Ordinal) || Path.Exists(Path.Combine(root, ".git"));
            }

            return _rootKnown ? "/" + fromRoot : "/" + Path.GetFileName(root) + "/" + fromRoot;
        }
    }

    /// <summary>
    /// Whether a file matches the formats' patterns: they are matched from the root's parent (else the searched folder's), so that a
    /// `plans` folder counts at any depth, the root and the searched folder included: `execplan lint docs/plans/2025` finds the
    /// plans of docs/plans/2025/.
    /// </summary>
    private static bool IsBuiltInPlan(string start, string root, string file, string? fromRoot)
    {
        var fromStart = RelativeTo(start, file)!;
        var fromParent = fromRoot is not null ? Path.GetFileName(root) + "/" + fromRoot : Path.GetFileName(start) + "/" + fromStart;
        return !IsNotPlan(Path.GetFileName(file)) && !InNotPlanFolder(fromParent, fromStart) && BuiltIn.Any(g => g.IsMatch(fromParent));
    }

    // Whether a file of this name can match the formats' patterns (a test on the name alone). Most files of a repository are
    // not Markdown: the literal ends of the patterns' names (`.md`) turn them away before each of some thirty globs is tried.
    private static bool CanBeBuiltInPlan(ReadOnlySpan<char> name)
    {
        if (BuiltInEndings is { } endings && !name.Contains('\\') && !EndsWithAny(name, endings)) // a backslash is a separator to the globs
        {
            return false;
        }

        foreach (var glob in BuiltIn)
        {
            if (glob.CanMatchName(name))
            {
                return !IsNotPlan(name);
            }
        }

        return false;
    }

    private static string[]? LiteralEndings(IEnumerable<string> globs)
    {
        var endings = new List<string>();
        foreach (var glob in globs)
        {
            var name = glob.Replace('\\', '/').Split('/')[^1];
            var tail = name[(name.LastIndexOfAny(['*', '?']) + 1)..];
            if (tail.Length == 0 || name == "**")
            {
                return null;
            }

            endings.Add(tail);
        }

        // `.md` covers `PLAN.md`: keep only the endings no shorter one already covers.
        return [.. endings.Where(e => !endings.Any(o => o.Length < e.Length && e.EndsWith(o, StringComparison.Ordinal))).Distinct(StringComparer.Ordinal)];
    }

    private static bool EndsWithAny(ReadOnlySpan<char> name, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (name.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Whether a folder of the path below the searched folder is one whose files are not plans (`milestones/`), inside a plan folder
    // (`.agent/exec_plans/<plan>/milestones/`; a `docs/milestones/PLAN.md` is a plan). The searched folder itself is asked for by name,
    // and its files are searched.
    private static bool InNotPlanFolder(string fromParent, string fromStart)
    {
        if (NotPlanFolders.Count == 0)
        {
            return false;
        }

        var folders = fromParent.Split('/');
        var below = folders.Length - fromStart.Split('/').Length; // the first folder below the searched one
        for (var i = Math.Max(below, 1); i < folders.Length - 1; i++)
        {
            if (NotPlanFolders.Contains(folders[i]) && folders.Take(i).Any(PlanFolders.Contains))
            {
                return true;
            }
        }

        return false;
    }

    // The guide as the end of a path that starts with `/`: `/docs/EXEC_PLAN.md`.
    private static bool IsFormatGuide(string path)
    {
        foreach (var guide in FormatGuides)
        {
            if (path.EndsWith(guide, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNotPlan(ReadOnlySpan<char> name)
    {
        if (NotPlans.Contains(name.ToString()))
        {
            return true;
        }

        foreach (var ending in NotPlanEndings)
        {
            if (name.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // `**/PLAN.md` is the name PLAN.md; `**/plans/**/*.md` the Markdown files under plans/ folders; any other glob as written.
    private static string Describe(IEnumerable<string> globs)
    {
        const string Any = "**/";
        const string Markdown = "/**/*.md";
        var list = globs.ToList();
        var folders = list.Where(g => g.StartsWith(Any, StringComparison.Ordinal) && g.EndsWith(Markdown, StringComparison.Ordinal)
            && g[Any.Length..^Markdown.Length].IndexOfAny(['/', '*']) < 0).ToList();
        var names = list.Except(folders).Select(g => g.StartsWith(Any, StringComparison.Ordinal) && g.IndexOf('/', Any.Length) < 0 ? g[Any.Length..] : g);

        // Spellings of one name (`EXECPLAN.md`, `exec-plan.md`) are said once: the first, and the last for an example.
        var parts = names
            .GroupBy(n => n.ToLowerInvariant().Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal))
            .Select(g => g.Count() == 1 ? g.First() : $"{g.First()} (and spellings such as {g.Last()})")
            .ToList();

        if (folders.Count > 0)
        {
            var under = folders.Select(g => g[Any.Length..^Markdown.Length] + "/").ToList();
            var joined = under.Count == 1 ? under[0] : string.Join(", ", under.Take(under.Count - 1)) + " or " + under[^1];
            parts.Add((parts.Count > 0 ? "and " : string.Empty) + "Markdown files under " + joined + " folders");
        }

        return string.Join(", ", parts);
    }

    /// <summary>The path of <paramref name="file"/> relative to <paramref name="folder"/> with forward slashes, or null when it lies outside.</summary>
    private static string? RelativeTo(string folder, string file)
    {
        var relative = Path.GetRelativePath(folder, file);
        return relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? null
            : relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
