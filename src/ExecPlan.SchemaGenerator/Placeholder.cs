namespace ExecPlan.SchemaGenerator;

/// <summary>Placeholder until the generator lands.</summary>
internal static class Placeholder
{
}
