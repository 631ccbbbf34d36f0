namespace ExecPlan.Linting;

/// <summary>A plan whose text comes from <paramref name="Content"/> (standard input) while it is linted as the file <paramref name="Path"/>.</summary>
/// <param name="Path">The path it is linted as: the configuration, schema and messages follow it; the file need not exist.</param>
/// <param name="Content">The plan's bytes; read at most up to `max_file_size` plus one byte, and not closed.</param>
public sealed record PlanInput(string Path, Stream Content)
{
    /// <summary>Whether the caller named the plan (`--stdin-path`); an unnamed plan has no file name for EXP0905 to check.</summary>
    public bool Named { get; init; } = true;
}
