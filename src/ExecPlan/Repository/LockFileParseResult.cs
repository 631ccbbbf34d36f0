namespace ExecPlan.Repository;

/// <summary>The lock file as far as it could be read, and every schema problem found on the way.</summary>
/// <param name="File">The model; fields and locks that failed validation are null or left out.</param>
/// <param name="Problems">Schema and syntax problems in file order; empty when the file is valid.</param>
public sealed record LockFileParseResult(LockFile File, IReadOnlyList<LockFileProblem> Problems)
{
    /// <summary>True when the file matches the schema.</summary>
    public bool IsValid => Problems.Count == 0;
}
