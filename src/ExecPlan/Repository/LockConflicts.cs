namespace ExecPlan.Repository;

/// <summary>Finds locks of different owners that overlap both in time and in path scope (EXP0902).</summary>
public static class LockConflicts
{
    /// <summary>One conflict per pair of clashing locks, at the later lock, naming the first overlapping glob pair.</summary>
    /// <remarks>A missing <c>acquired_at</c> or <c>expires_at</c> is taken as unbounded; windows are half-open, so a lock
    /// may start exactly when another expires. Locks without an owner are skipped.</remarks>
    public static IReadOnlyList<LockConflict> Find(LockFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var conflicts = new List<LockConflict>();
        var locks = file.Locks;
        for (var j = 1; j < locks.Count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                if (Clash(locks[i], locks[j]) is { } globs)
                {
                    conflicts.Add(new LockConflict(locks[i].Owner!, locks[j].Owner!, globs.A, globs.B, locks[j].Line, locks[j].Column));
                }
            }
        }

        return conflicts;
    }

    private static (string A, string B)? Clash(AgentLock a, AgentLock b)
    {
        if (a.Owner is null || b.Owner is null || string.Equals(a.Owner, b.Owner, StringComparison.Ordinal) || !WindowsOverlap(a, b))
        {
            return null;
        }

        foreach (var x in a.Paths)
        {
            foreach (var y in b.Paths)
            {
                if (GlobOverlap.Overlaps(x, y))
                {
                    return (x, y);
                }
            }
        }

        return null;
    }

    private static bool WindowsOverlap(AgentLock a, AgentLock b) =>
        (a.AcquiredAt ?? DateTimeOffset.MinValue) < (b.ExpiresAt ?? DateTimeOffset.MaxValue) &&
        (b.AcquiredAt ?? DateTimeOffset.MinValue) < (a.ExpiresAt ?? DateTimeOffset.MaxValue);
}
