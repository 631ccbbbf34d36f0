using System.Collections.Immutable;
using ExecPlan.Configuration;

namespace ExecPlan.Linting;

/// <summary>
/// Finds the plans under a folder: PLAN.md, **/*-PLAN.md, and the Markdown files under a `plans`, `execplans` or `exec-plans`
/// folder at any depth (`.agent/execplans/`, `docs/exec-plans/`, `docs/plans/`, ...) but the policy and index files kept
/// beside them (README.md, index.md, PLANS.md, AGENTS.md); skips bin, obj, node_modules and .git; applies the config's
/// include and exclude globs.
/// </summary>
public static class PlanDiscovery
{
    private static readonly Glob[] BuiltIn = [new("**/PLAN.md"), new("**/*-PLAN.md")];
    private static readonly Glob[] PlanFolders = [new("**/plans/**/*.md"), new("**/execplans/**/*.md"), new("**/exec-plans/**/*.md")];

    // Policy and index files that stand beside plans in their folders and are not plans.
    private static readonly HashSet<string> NotPlans = new(StringComparer.OrdinalIgnoreCase) { "README.md", "index.md", "PLANS.md", "AGENTS.md", "EXEC_PLAN.md" };

    /// <summary>What discovery looks for, in words, for the line that says no plan was found.</summary>
    public const string Described = "PLAN.md, *-PLAN.md, and Markdown files under plans/, execplans/ or exec-plans/ folders";

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
        var include = config.Include.Select(g => new Glob(g)).ToArray();
        var exclude = config.Exclude.Select(g => new Glob(g)).ToArray();
        var found = new List<string>();
        foreach (var file in PlanTreeWalk.Files(start))
        {
            var fromRoot = RelativeTo(root, file) ?? RelativeTo(start, file)!;
            var isPlan = IsBuiltInPlan(start, file) || include.Any(g => g.IsMatch(fromRoot));
            if (isPlan && !exclude.Any(g => g.IsMatch(fromRoot)))
            {
                found.Add(file);
            }
        }

        found.Sort(StringComparer.Ordinal);
        return [.. found];
    }

    /// <summary>Whether a file matches the built-in patterns; a `plans` folder counts at any depth, the searched folder itself included.</summary>
    private static bool IsBuiltInPlan(string start, string file)
    {
        var fromStart = RelativeTo(start, file)!;
        if (BuiltIn.Any(g => g.IsMatch(fromStart)))
        {
            return true;
        }

        var fromParent = Path.GetFileName(start) + "/" + fromStart;
        return !NotPlans.Contains(Path.GetFileName(file)) && PlanFolders.Any(g => g.IsMatch(fromParent));
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
