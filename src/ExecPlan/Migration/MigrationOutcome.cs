namespace ExecPlan.Migration;

/// <summary>What migration did to one file.</summary>
public enum MigrationOutcome
{
    /// <summary>The file already is an ExecPlan: left alone.</summary>
    AlreadyExecPlan,

    /// <summary>Migrated and written.</summary>
    Migrated,

    /// <summary>Would be migrated (a dry run).</summary>
    WouldMigrate,

    /// <summary>The file changed between reading and writing: not overwritten.</summary>
    ChangedMeanwhile,

    /// <summary>Unreadable, or the write failed.</summary>
    Failed,
}
