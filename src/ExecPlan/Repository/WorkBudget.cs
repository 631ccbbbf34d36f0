namespace ExecPlan.Repository;

/// <summary>A count of steps a search may still take; shared by every comparison of one lock file, so the whole check is bounded.</summary>
/// <param name="steps">The steps allowed.</param>
internal sealed class WorkBudget(long steps)
{
    private long left = steps;

    /// <summary>Whether the steps ran out: a search cut short answered "no overlap" and the check is incomplete.</summary>
    public bool Exhausted => left < 0;

    /// <summary>Takes one step; false once none is left.</summary>
    public bool Spend() => --left >= 0;

    /// <summary>Takes <paramref name="steps"/> steps at once (clearing a table costs in proportion to its size); false once none is left.</summary>
    public bool Spend(long steps) => (left -= steps) >= 0;
}
