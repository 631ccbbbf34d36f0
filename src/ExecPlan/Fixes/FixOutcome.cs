namespace ExecPlan.Fixes;

/// <summary>What a fix run did to one file.</summary>
public enum FixOutcome
{
    /// <summary>Nothing to fix: the file was not touched.</summary>
    Unchanged,

    /// <summary>Fixed and written back.</summary>
    Fixed,

    /// <summary>Fixes found but not written (a dry run).</summary>
    WouldFix,

    /// <summary>Not written: the file changed between reading and writing.</summary>
    ChangedMeanwhile,

    /// <summary>Not written: the file is read-only or the write failed (see <see cref="FileFix.Problem"/>).</summary>
    WriteFailed,
}
