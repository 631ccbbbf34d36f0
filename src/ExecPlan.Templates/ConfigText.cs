using ExecPlan.Schema;

namespace ExecPlan.Templates;

/// <summary>The `.execplan.yaml` the policy template writes beside PLANS.md: the repository's plan format and level.</summary>
internal static class ConfigText
{
    /// <summary>The file name, at the repository root.</summary>
    public const string FileName = ".execplan.yaml";

    /// <summary>The file's text for plans of <paramref name="schema"/>; the level is the policy's level marker.</summary>
    public static string Render(PlanSchema schema) =>
        $"""
        # ExecPlan linter configuration (see docs/EXEC_PLAN.md): plans here are in the {schema.Key} format.
        schema: {schema.Key}
        level: {TemplateMarkers.Level}

        """;
}
