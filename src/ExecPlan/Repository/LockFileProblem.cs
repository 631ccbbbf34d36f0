namespace ExecPlan.Repository;

/// <summary>One way the lock file departs from its schema (docs/format.md; EXP0901), located in the lock file.</summary>
/// <param name="Message">What is wrong, naming the key.</param>
/// <param name="Line">1-based line in the lock file.</param>
/// <param name="Column">1-based column in the lock file.</param>
public sealed record LockFileProblem(string Message, int Line, int Column);
