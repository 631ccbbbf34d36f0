using System.Collections.Immutable;

namespace ExecPlan.Rules;

/// <summary>What the linter knows of the repository around the plans: its root and the owners holding locks.</summary>
/// <param name="Root">The repository root (nearest folder holding `.git`, else the configured root), or null.</param>
/// <param name="LockOwners">The distinct owners in `.agent-locks.yaml`, empty when there is none.</param>
public sealed record RepositoryInfo(string? Root, ImmutableArray<string> LockOwners)
{
    /// <summary>No repository information.</summary>
    public static RepositoryInfo None { get; } = new(null, []);
}
