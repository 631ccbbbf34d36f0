using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using ExecPlan.Rules.Evidence;

namespace ExecPlan.Rules;

/// <summary>What the linter knows of the repository around the plans: its root and the owners holding locks.</summary>
/// <param name="Root">The repository root (nearest folder holding `.git`, else the configured root), or null.</param>
/// <param name="LockOwners">The distinct owners in `.agent-locks.yaml`, empty when there is none.</param>
public sealed record RepositoryInfo(string? Root, ImmutableArray<string> LockOwners)
{

    // Whether each repo-relative path cited as evidence exists, looked up once per run: plans of one repository
    // cite the same files, and each lookup is a file-system call per path segment.
    private readonly ConcurrentDictionary<string, bool?> _pathExists = new(StringComparer.Ordinal);

    // The names of the files in the repository (lazily, once per run, bounded): a bare file name cited as evidence is found
    // wherever it stands. Null when the repository holds more files than the linter will index.
    private readonly Lazy<FrozenSet<string>?> _fileNames = new(() => IndexFileNames(Root), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The most files the name index holds; past it a bare name is taken as found (never reported).</summary>
    internal const int MaxIndexedFiles = 200_000;

    /// <summary>The redaction of the secrets found in the lock file and the policy pointer, applied to every finding of the run.</summary>
    internal Secrets.SecretRedaction Redaction { get; init; } = Secrets.SecretRedaction.None;

    /// <summary>No repository information.</summary>
    public static RepositoryInfo None { get; } = new(null, []);

    /// <summary>
    /// Whether the repo-relative path exists under <see cref="Root"/> (null: unknown, see <see cref="EvidencePaths.Exists"/>), cached
    /// for the run. A missing path that git ignores is unknown too: it is on one machine and not on another (`.env`, `tmp/`).
    /// </summary>
    internal bool? PathExists(string relative) =>
        Root is null ? null : _pathExists.GetOrAdd(relative, static (path, self) => self.Lookup(path), this);

    /// <summary>Whether a file of this name stands anywhere in the repository (null: unknown, no root, too many files to index, or a name git ignores).</summary>
    internal bool? FileNameExists(string name) =>
        _fileNames.Value is not { } names ? null : names.Contains(name) ? true : IgnoredAnywhere(name) ? null : false;

    // Whether git ignores a file of this name at the root or in a folder that has a `.gitignore` of its own (`.env` listed in
    // `backend/.gitignore`): on another machine it may stand there. A name under a folder ignored as a whole is not seen.
    private bool IgnoredAnywhere(string name) =>
        _ignoredNames.GetOrAdd(name, static (n, self) => self.Ignored(n) || self.ExcusingFolders().Any(folder => self.Ignored(folder + "/" + n)), this);

    private readonly ConcurrentDictionary<string, bool> _ignoredNames = new(StringComparer.Ordinal);

    private string[]? _excusing;

    // The folders holding a `.gitignore` that may excuse a name: not a folder git ignores (a cache, a virtual environment: one
    // machine's), nor one whose `.gitignore` ignores everything in it (`*`, as `.pytest_cache/` and Laravel's `storage/logs/`
    // keep): either would excuse any name.
    private string[] ExcusingFolders() => LazyInitializer.EnsureInitialized(
        ref _excusing,
        () => [.. _ignoreFolders.Value.Where(folder => !Ignored(folder + "/") && !Ignored(folder + "/" + AnyName))]);

    // A name no file is likely to have: a folder whose `.gitignore` ignores it ignores everything in it (`*`).
    private const string AnyName = "execplan-probe-7f3a9c.none";

    // The folders below the root that hold a `.gitignore`, relative to the root (the first thousand): one more walk, made only when a
    // bare name cited as evidence is nowhere in the repository.
    private readonly Lazy<string[]> _ignoreFolders = new(() => Root is null ? [] :
        [.. Linting.PlanTreeWalk.Files(Root, static name => name.SequenceEqual(".gitignore"))
            .Select(file => Path.GetRelativePath(Root, Path.GetDirectoryName(file)!).Replace('\\', '/'))
            .Where(folder => folder != ".")
            .Take(1000)], LazyThreadSafetyMode.ExecutionAndPublication);

    private bool? Lookup(string relative)
    {
        var exists = EvidencePaths.Exists(Root!, relative);
        return exists is false && Ignored(relative) ? null : exists;
    }

    // Whether git ignores the path (a folder when it ends with a slash); the rules are read once per run.
    private bool Ignored(string relative) => _ignores.Value is { } ignores && ignores.IsIgnored(relative, isFolder: relative.EndsWith('/'));

    private readonly Lazy<global::ExecPlan.Repository.GitIgnores?> _ignores = new(() => Root is null ? null : new global::ExecPlan.Repository.GitIgnores(Root), LazyThreadSafetyMode.ExecutionAndPublication);

    private static FrozenSet<string>? IndexFileNames(string? root)
    {
        if (root is null || !Directory.Exists(root))
        {
            return null;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var count = 0;
        foreach (var name in Linting.PlanTreeWalk.FileNames(root))
        {
            if (++count > MaxIndexedFiles)
            {
                return null;
            }

            names.Add(name);
        }

        return names.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <inheritdoc/>
    public bool Equals(RepositoryInfo? other) =>
        other is not null
        && string.Equals(Root, other.Root, StringComparison.Ordinal)
        && (LockOwners.IsDefaultOrEmpty ? other.LockOwners.IsDefaultOrEmpty : !other.LockOwners.IsDefault && LockOwners.SequenceEqual(other.LockOwners));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Root, LockOwners.IsDefault ? 0 : LockOwners.Length);
}
