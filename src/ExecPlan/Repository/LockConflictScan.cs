namespace ExecPlan.Repository;

/// <summary>The outcome of checking one lock file for conflicts: what was listed, how many more there were, and what could not be checked.</summary>
/// <param name="Conflicts">The conflicts listed, at most <see cref="LockConflicts.MaxListed"/>.</param>
/// <param name="Unlisted">How many more conflicts were found and not listed.</param>
/// <param name="Unchecked">Problems that left the check incomplete (a glob too long to check, the work limit reached), each with the lock it is about.</param>
public sealed record LockConflictScan(IReadOnlyList<LockConflict> Conflicts, int Unlisted, IReadOnlyList<LockFileProblem> Unchecked);
