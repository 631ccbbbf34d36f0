using System.Collections.Immutable;

namespace ExecPlan.Schema;

/// <summary>
/// The files a repository keeping plans of one format holds besides the plans (`repository:` in the schema file), and how its
/// plan files are named and found. A part the format does not have is null or empty, and the checks that need it stay silent.
/// </summary>
/// <param name="PolicyPointer">The policy pointer at the root (it points agents to <paramref name="FormatGuide"/>), or null.</param>
/// <param name="FormatGuide">The format guide, relative to the root, or null.</param>
/// <param name="LockFile">The agents' lock file at the root, or null when the format has no locks.</param>
/// <param name="LockFields">The lock file's keys.</param>
/// <param name="PlanFileNamePattern">The regular expression a plan's file name matches, or null when any name will do.</param>
/// <param name="PlanFileConvention">The file-name convention in words, or null.</param>
/// <param name="Discover">Globs (relative to the root) of the files discovery takes as plans.</param>
/// <param name="NotPlans">What stands beside plans and is not a plan (indexes, policy files, templates): file names, `*` and the end of a name, or a folder name and `/`.</param>
public sealed record RepositoryLayout(
    string? PolicyPointer,
    string? FormatGuide,
    string? LockFile,
    ImmutableArray<LockFieldDescriptor> LockFields,
    string? PlanFileNamePattern,
    string? PlanFileConvention,
    ImmutableArray<string> Discover,
    ImmutableArray<string> NotPlans)
{
    /// <summary>A format that names no repository file.</summary>
    public static RepositoryLayout None { get; } = new(null, null, null, [], null, null, [], []);
}

/// <summary>A key of the lock file.</summary>
/// <param name="In">The mapping that holds it: `file` (the top level), `lock` (each lock) or `scope` (a lock's scope).</param>
/// <param name="Name">The key.</param>
/// <param name="Required">Whether a lock file without it is invalid (EXP0901).</param>
/// <param name="Description">What it holds.</param>
public sealed record LockFieldDescriptor(string In, string Name, bool Required, string Description);
