namespace ExecPlan.Repository;

/// <summary>One entry of <c>.agent-locks.yaml</c>'s <c>locks</c>: an owner's claim on some paths for a time window.</summary>
/// <param name="Owner">The agent holding the lock, or null when missing or ill-typed.</param>
/// <param name="Paths">The globs under <c>scope.paths</c> that were strings (possibly empty when the scope was invalid).</param>
/// <param name="AcquiredAt">When the lock was taken, or null when missing or not RFC 3339.</param>
/// <param name="ExpiresAt">When the lock lapses, or null when missing or not RFC 3339.</param>
/// <param name="Notes">Free text, or null.</param>
/// <param name="Line">1-based line of the lock's first key in the lock file.</param>
/// <param name="Column">1-based column of the lock's first key.</param>
public sealed record AgentLock(
    string? Owner,
    IReadOnlyList<string> Paths,
    DateTimeOffset? AcquiredAt,
    DateTimeOffset? ExpiresAt,
    string? Notes,
    int Line,
    int Column);
