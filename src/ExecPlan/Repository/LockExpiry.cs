namespace ExecPlan.Repository;

/// <summary>Finds locks whose <c>expires_at</c> has passed (EXP0903).</summary>
public static class LockExpiry
{
    /// <summary>The locks whose <c>expires_at</c> is at or before <paramref name="now"/>, in file order; locks without one are not expired.</summary>
    public static IReadOnlyList<AgentLock> Expired(LockFile file, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.Locks.Where(l => l.ExpiresAt is { } expires && expires <= now).ToList();
    }
}
