using ExecPlan.Repository;

namespace ExecPlan.Tests.Content.Repository;

/// <summary>Lock files built to make the overlap check slow, huge or endless: each is checked in well under a second and says what it left out.</summary>
public class LockConflictLimitTests
{
    private static readonly DateTimeOffset T0 = new(2025, 11, 19, 10, 0, 0, TimeSpan.Zero);

    private static AgentLock Lock(string owner, params string[] paths) => new(owner, paths, T0, T0.AddHours(1), null, 3, 5);

    // Unbounded, these inputs took from seconds to minutes, or ran out of memory. Their cost is measured by the benchmarks;
    // here a minute on a shared machine means a hang.
    private static LockConflictScan Timed(params AgentLock[] locks)
    {
        var scan = Task.Run(() => LockConflicts.Check(new LockFile(1, T0, 3600, locks)));
        Assert.True(scan.Wait(TimeSpan.FromMinutes(1)), "the check did not end within a minute");
        return scan.Result;
    }

    [Fact]
    public void Star_globs_too_long_to_compare_are_refused_and_reported()
    {
        var stars = string.Concat(Enumerable.Repeat("*a", 8_000));

        var scan = Timed(Lock("a", stars + "y"), Lock("b", stars + "z"));

        Assert.Empty(scan.Conflicts);
        Assert.Equal(2, scan.Unchecked.Count);
        Assert.All(scan.Unchecked, p => Assert.Contains("too long to check", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Star_globs_at_the_length_limit_are_compared_exactly()
    {
        var stars = string.Concat(Enumerable.Repeat("*a", (LockConflicts.MaxGlobLength / 2) - 1));

        var scan = Timed(Lock("a", stars + "y"), Lock("b", stars + "z"), Lock("c", stars + "*"));

        Assert.Empty(scan.Unchecked);
        Assert.Equal([("a", "c"), ("b", "c")], scan.Conflicts.Select(c => (c.Owner, c.OtherOwner)));
    }

    [Fact]
    public void Many_brace_globs_stop_at_the_work_limit_and_say_the_check_is_incomplete()
    {
        var braces = "{" + string.Join(',', Enumerable.Range(0, 60).Select(i => $"d{i}")) + "}/{x,y}*{p,q}/z";
        var locks = Enumerable.Range(0, 300).Select(i => Lock($"agent-{i}", braces.Replace("z", $"z{i}", StringComparison.Ordinal))).ToArray();

        var scan = Timed(locks);

        Assert.Contains(scan.Unchecked, p => p.Message.Contains("not all checked", StringComparison.Ordinal));
    }

    [Fact]
    public void Thousands_of_clashing_locks_list_a_hundred_conflicts_and_count_the_rest()
    {
        var locks = Enumerable.Range(0, 4_000).Select(i => Lock($"agent-{i}", "**")).ToArray();

        var scan = Timed(locks);

        Assert.Equal(LockConflicts.MaxListed, scan.Conflicts.Count);
        Assert.True(scan.Unlisted > 100_000, $"{scan.Unlisted} unlisted");
    }
}
