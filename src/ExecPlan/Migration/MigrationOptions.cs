namespace ExecPlan.Migration;

/// <summary>How a migration run behaves.</summary>
public sealed record MigrationOptions
{
    /// <summary>The owner id to write; null for the last author in git.</summary>
    public string? Owner { get; init; }

    /// <summary>Whether to compute the migration without writing or moving anything.</summary>
    public bool DryRun { get; init; }

    /// <summary>Whether to move the file to the `yyyy-mm-dd-slug-PLAN.md` convention (git mv when tracked).</summary>
    public bool Rename { get; init; }

    /// <summary>Called with the path just before the file is replaced (tests change the file here).</summary>
    public Action<string>? BeforeWrite { get; init; }
}
