using ExecPlan.Schema;

namespace ExecPlan.Repository;

/// <summary>The lock file's keys as the schema declares them (`repository.lock_file` of the ExecPlan format, whose protocol it is).</summary>
internal static class LockFileSchema
{
    /// <summary>The required keys of one mapping of the file (`file`, `lock`, `scope`), as a sentence lists them.</summary>
    public static string RequiredIn(string where)
    {
        var names = PlanSchemas.ExecPlan.Data.Repository.LockFields.Where(f => f.In == where && f.Required).Select(f => f.Name).ToList();
        return names.Count < 2 ? string.Concat(names) : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
    }
}
