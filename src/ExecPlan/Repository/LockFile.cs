namespace ExecPlan.Repository;

/// <summary>The contents of <c>.agent-locks.yaml</c>, the ExecPlan format's fallback multi-agent lock file (docs/format.md); fields that failed validation are null.</summary>
/// <param name="Version">The schema version (the lock schema defines 1).</param>
/// <param name="GeneratedAt">When the file was written.</param>
/// <param name="TtlSeconds">The default lock lifetime in seconds.</param>
/// <param name="Locks">The locks that were mappings, in file order.</param>
public sealed record LockFile(int? Version, DateTimeOffset? GeneratedAt, long? TtlSeconds, IReadOnlyList<AgentLock> Locks)
{
    /// <summary>A lock file with nothing in it.</summary>
    public static LockFile Empty { get; } = new(null, null, null, []);
}
