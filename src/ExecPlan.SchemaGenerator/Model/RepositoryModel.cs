namespace ExecPlan.SchemaGenerator.Model;

/// <summary>
/// `repository:`: the files a repository keeping plans of this format holds besides the plans, and how its plan files are named
/// and found. Every part is optional (null or empty when the schema does not declare it).
/// </summary>
internal sealed record RepositoryModel(
    string? PolicyPointer,
    string? FormatGuide,
    string? LockFile,
    EquatableArray<LockFieldModel> LockFields,
    string? PlanFileNamePattern,
    string? PlanFileConvention,
    EquatableArray<string> Discover,
    EquatableArray<string> NotPlans);

/// <summary>A key of the lock file: where it stands (`file`, `lock`, `scope`), its name and whether it is required.</summary>
internal sealed record LockFieldModel(string Level, string Name, bool Required, string Description);
