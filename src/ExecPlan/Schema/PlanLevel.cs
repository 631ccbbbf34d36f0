namespace ExecPlan.Schema;

/// <summary>A conformance level of one schema: which of its sections a plan must and should have (`levels:` in the schema file).</summary>
/// <param name="Name">The level's name, as `level:` in `.execplan.yaml`, `--level` and `ExecPlanLevel` write it.</param>
/// <param name="Index">Its position among the schema's levels; a section's requirement at this level is the one at this index.</param>
/// <param name="Description">What the level asks for.</param>
public sealed record PlanLevel(string Name, int Index, string Description)
{
    /// <inheritdoc/>
    public override string ToString() => Name;
}
