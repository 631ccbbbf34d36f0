using ExecPlan.Repository;

namespace ExecPlan.Tests.Content.Repository;

public class LockConflictsTests
{
    private static readonly DateTimeOffset T0 = new(2025, 11, 19, 10, 0, 0, TimeSpan.Zero);

    private static AgentLock Lock(string owner, int fromHour, int toHour, params string[] paths) =>
        new(owner, paths, T0.AddHours(fromHour), T0.AddHours(toHour), null, 10 + fromHour, 5);

    private static LockFile File(params AgentLock[] locks) => new(1, T0, 3600, locks);

    [Fact]
    public void Different_owners_overlapping_in_time_and_paths_conflict_at_the_second_lock()
    {
        var conflict = Assert.Single(LockConflicts.Find(File(Lock("a", 0, 2, "docs/**", "src/**"), Lock("b", 1, 3, "src/web/**"))));

        Assert.Equal(new LockConflict("a", "b", "src/**", "src/web/**", 11, 5), conflict);
    }

    [Fact]
    public void Same_owner_never_conflicts()
    {
        Assert.Empty(LockConflicts.Find(File(Lock("a", 0, 2, "src/**"), Lock("a", 1, 3, "src/**"))));
    }

    [Fact]
    public void Disjoint_paths_do_not_conflict()
    {
        Assert.Empty(LockConflicts.Find(File(Lock("a", 0, 2, "src/a/**"), Lock("b", 0, 2, "src/b/**"))));
    }

    [Fact]
    public void Back_to_back_windows_do_not_conflict()
    {
        Assert.Empty(LockConflicts.Find(File(Lock("a", 0, 1, "src/**"), Lock("b", 1, 2, "src/**"))));
    }

    [Fact]
    public void Missing_times_are_unbounded()
    {
        var open = new AgentLock("b", ["src/**"], null, null, null, 20, 5);

        Assert.Single(LockConflicts.Find(File(Lock("a", 0, 1, "src/x.ts"), open)));
    }

    [Fact]
    public void Locks_without_owner_are_skipped()
    {
        var anonymous = new AgentLock(null, ["src/**"], T0, T0.AddHours(1), null, 20, 5);

        Assert.Empty(LockConflicts.Find(File(Lock("a", 0, 1, "src/**"), anonymous)));
    }

    [Fact]
    public void Each_clashing_pair_is_reported_once()
    {
        var conflicts = LockConflicts.Find(File(Lock("a", 0, 3, "**"), Lock("b", 0, 3, "src/**", "docs/**"), Lock("c", 0, 3, "docs/x.md")));

        Assert.Equal([("a", "b"), ("a", "c"), ("b", "c")], conflicts.Select(c => (c.Owner, c.OtherOwner)));
    }

    [Fact]
    public void Conflicts_from_a_parsed_file()
    {
        const string yaml = """
            version: 1
            generated_at: 2025-11-19T10:30:00Z
            ttl_seconds: 3600
            locks:
              - owner: frontend-agent-01
                scope: {paths: ["src/components/**"]}
                acquired_at: 2025-11-19T10:30:00Z
                expires_at: 2025-11-19T11:30:00Z
              - owner: backend-agent-02
                scope: {paths: ["src/*/Button.tsx"]}
                acquired_at: 2025-11-19T11:00:00+01:00
                expires_at: 2025-11-19T12:00:00Z
            """;
        var parsed = LockFileParser.Parse(yaml);

        var conflict = Assert.Single(LockConflicts.Find(parsed.File));

        Assert.True(parsed.IsValid);
        Assert.Equal(("frontend-agent-01", "backend-agent-02", 9, 5), (conflict.Owner, conflict.OtherOwner, conflict.Line, conflict.Column));
    }

    [Fact]
    public void Expired_locks_are_those_past_expires_at()
    {
        var file = File(Lock("a", 0, 1, "x"), Lock("b", 0, 3, "y"), new AgentLock("c", ["z"], T0, null, null, 30, 5));

        Assert.Equal(["a"], LockExpiry.Expired(file, T0.AddHours(2)).Select(l => l.Owner));
        Assert.Equal(["a"], LockExpiry.Expired(file, T0.AddHours(1)).Select(l => l.Owner));
        Assert.Empty(LockExpiry.Expired(file, T0.AddHours(1).AddSeconds(-1)));
    }
}
