namespace ExecPlan.Migration;

/// <summary>One file of a migration run.</summary>
/// <param name="Path">The file as given (before a rename).</param>
/// <param name="Outcome">What happened to it.</param>
/// <param name="History">Where its dates came from, or null when it was not migrated.</param>
public sealed record FileMigration(string Path, MigrationOutcome Outcome, FileHistory? History)
{
    /// <summary>The text as read (without its byte-order mark), or null when it could not be read.</summary>
    public string? Before { get; init; }

    /// <summary>The migrated text, or null when nothing was migrated.</summary>
    public string? After { get; init; }

    /// <summary>Where the file now is, after --rename; null when it stays where it was.</summary>
    public string? RenamedTo { get; init; }

    /// <summary>Why the file was not migrated, or null.</summary>
    public string? Problem { get; init; }
}
