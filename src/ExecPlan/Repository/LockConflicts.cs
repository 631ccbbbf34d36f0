using System.Globalization;

namespace ExecPlan.Repository;

/// <summary>Finds locks of different owners that overlap both in time and in path scope (EXP0902), within fixed limits.</summary>
/// <remarks>
/// Any lock file under the size limit is checked in well under a second: globs longer than <see cref="MaxGlobLength"/> are
/// refused (reported, not checked), every search step of every comparison comes out of one budget of <see cref="WorkLimit"/>
/// steps (when it runs out the check stops and says so), and at most <see cref="MaxListed"/> conflicts are listed.
/// </remarks>
public static class LockConflicts
{
    /// <summary>The most conflicts listed for one lock file; the others are counted.</summary>
    public const int MaxListed = 100;

    /// <summary>The longest glob checked, in characters; lock globs are paths, a few dozen characters long.</summary>
    public const int MaxGlobLength = 1024;

    private const int MaxRemembered = 100_000;

    /// <summary>The search steps one lock file may take in all (well under a second).</summary>
    public const long WorkLimit = 20_000_000;

    /// <summary>One conflict per pair of clashing locks, at the later lock, naming the first overlapping glob pair (at most <see cref="MaxListed"/>).</summary>
    public static IReadOnlyList<LockConflict> Find(LockFile file) => Check(file).Conflicts;

    /// <summary>
    /// Checks every pair of locks. A missing <c>acquired_at</c> or <c>expires_at</c> is taken as unbounded; windows are half-open,
    /// so a lock may start exactly when another expires. Locks without an owner are skipped.
    /// </summary>
    public static LockConflictScan Check(LockFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var problems = new List<LockFileProblem>();
        var locks = file.Locks.Select(l => new ParsedLock(l, Globs(l, problems))).ToList();
        var budget = new WorkBudget(WorkLimit);
        var known = new Dictionary<(string, string), bool>();
        var conflicts = new List<LockConflict>();
        var unlisted = 0;
        for (var j = 1; j < locks.Count && !budget.Exhausted; j++)
        {
            for (var i = 0; i < j && !budget.Exhausted; i++)
            {
                if (!budget.Spend(4) || Clash(locks[i], locks[j], budget, known) is not { } globs)
                {
                    continue;
                }

                if (conflicts.Count < MaxListed)
                {
                    conflicts.Add(new LockConflict(locks[i].Lock.Owner!, locks[j].Lock.Owner!, globs.A, globs.B, locks[j].Lock.Line, locks[j].Lock.Column));
                }
                else
                {
                    unlisted++;
                }
            }
        }

        if (budget.Exhausted)
        {
            var at = file.Locks[0];
            problems.Add(new LockFileProblem(
                string.Create(CultureInfo.InvariantCulture, $"the locks were not all checked for conflicts: comparing their globs takes more than {WorkLimit:N0} steps; use fewer or simpler globs"),
                at.Line,
                at.Column));
        }

        return new LockConflictScan(conflicts, unlisted, problems);
    }

    private static List<(string Text, IReadOnlyList<GlobPath> Paths)> Globs(AgentLock agentLock, List<LockFileProblem> problems)
    {
        var globs = new List<(string, IReadOnlyList<GlobPath>)>();
        foreach (var glob in agentLock.Paths.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            if (glob.Length > MaxGlobLength)
            {
                problems.Add(new LockFileProblem(
                    string.Create(CultureInfo.InvariantCulture, $"a glob of {glob.Length} characters is too long to check for conflicts (the limit is {MaxGlobLength})"),
                    agentLock.Line,
                    agentLock.Column));
                continue;
            }

            globs.Add((glob, GlobPath.Parse(glob)));
        }

        return globs;
    }

    // `known` remembers each pair of globs compared: lock files repeat the same globs across owners.
    private static (string A, string B)? Clash(ParsedLock a, ParsedLock b, WorkBudget budget, Dictionary<(string, string), bool> known)
    {
        if (a.Lock.Owner is null || b.Lock.Owner is null || string.Equals(a.Lock.Owner, b.Lock.Owner, StringComparison.Ordinal) || !WindowsOverlap(a.Lock, b.Lock))
        {
            return null;
        }

        foreach (var x in a.Globs)
        {
            foreach (var y in b.Globs)
            {
                if (!budget.Spend())
                {
                    return null;
                }

                if (!known.TryGetValue((x.Text, y.Text), out var overlaps))
                {
                    overlaps = GlobOverlap.Overlaps(x.Paths, y.Paths, budget);
                    if (known.Count < MaxRemembered && !budget.Exhausted)
                    {
                        known[(x.Text, y.Text)] = overlaps;
                    }
                }

                if (overlaps)
                {
                    return (x.Text, y.Text);
                }
            }
        }

        return null;
    }

    private static bool WindowsOverlap(AgentLock a, AgentLock b) =>
        (a.AcquiredAt ?? DateTimeOffset.MinValue) < (b.ExpiresAt ?? DateTimeOffset.MaxValue) &&
        (b.AcquiredAt ?? DateTimeOffset.MinValue) < (a.ExpiresAt ?? DateTimeOffset.MaxValue);

    private sealed record ParsedLock(AgentLock Lock, List<(string Text, IReadOnlyList<GlobPath> Paths)> Globs);
}
