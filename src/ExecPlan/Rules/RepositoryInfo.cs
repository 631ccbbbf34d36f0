using System.Collections.Concurrent;
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

    /// <summary>The redaction of the secrets found in the lock file and the policy pointer, applied to every finding of the run.</summary>
    internal Secrets.SecretRedaction Redaction { get; init; } = Secrets.SecretRedaction.None;

    /// <summary>No repository information.</summary>
    public static RepositoryInfo None { get; } = new(null, []);

    /// <summary>Whether the repo-relative path exists under <see cref="Root"/> (null: unknown, see <see cref="EvidencePaths.Exists"/>), cached for the run.</summary>
    internal bool? PathExists(string relative) =>
        Root is not { } root ? null : _pathExists.GetOrAdd(relative, static (path, root) => EvidencePaths.Exists(root, path), root);

    /// <inheritdoc/>
    public bool Equals(RepositoryInfo? other) =>
        other is not null
        && string.Equals(Root, other.Root, StringComparison.Ordinal)
        && (LockOwners.IsDefaultOrEmpty ? other.LockOwners.IsDefaultOrEmpty : !other.LockOwners.IsDefault && LockOwners.SequenceEqual(other.LockOwners));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Root, LockOwners.IsDefault ? 0 : LockOwners.Length);
}
