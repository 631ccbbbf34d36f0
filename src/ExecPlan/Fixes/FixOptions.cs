using System.Collections.Immutable;

namespace ExecPlan.Fixes;

/// <summary>What `execplan fix` (or any caller of <see cref="PlanFixer"/>) asks of a fix run, besides the lint settings.</summary>
public sealed class FixOptions
{
    /// <summary>Whether unsafe fixes (text a person must review) are applied too.</summary>
    public bool Unsafe { get; init; }

    /// <summary>Only the fixes of these rule IDs; empty for every rule's.</summary>
    public ImmutableHashSet<string> Rules { get; init; } = [];

    /// <summary>Whether files are left as they are (the fixed text is still computed, for a diff).</summary>
    public bool DryRun { get; init; }

    /// <summary>How many times a file is linted and fixed again at most (a fix can make room for another: two insertions at one place).</summary>
    public int MaxPasses { get; init; } = 10;

    /// <summary>Called with a file's path after it was read and before it is written back (a test seam: tests change the file there).</summary>
    public Action<string>? BeforeWrite { get; init; }

    /// <summary>Called on the run's worker with a file's path once it was read, scanned and linted, before it is fixed (a test seam: tests hold a file there until it runs out of its time budget).</summary>
    internal Action<string>? BeforeFix { get; init; }
}
