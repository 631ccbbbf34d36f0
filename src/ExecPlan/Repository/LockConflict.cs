namespace ExecPlan.Repository;

/// <summary>Two owners whose locks overlap in time and in paths (EXP0902), located at the second lock.</summary>
/// <param name="Owner">Owner of the earlier lock in the file.</param>
/// <param name="OtherOwner">Owner of the later lock.</param>
/// <param name="Glob">The earlier lock's glob that overlaps.</param>
/// <param name="OtherGlob">The later lock's glob that overlaps.</param>
/// <param name="Line">1-based line of the later lock.</param>
/// <param name="Column">1-based column of the later lock.</param>
public sealed record LockConflict(string Owner, string OtherOwner, string Glob, string OtherGlob, int Line, int Column);
