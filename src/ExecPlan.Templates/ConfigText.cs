using ExecPlan.Schema;

namespace ExecPlan.Templates;

/// <summary>The `.execplan.yaml` of a repository of cookbook plans: the format and the default level.</summary>
internal static class ConfigText
{
    /// <summary>The file name, at the repository root.</summary>
    public const string FileName = ".execplan.yaml";

    /// <summary>The file's text; the level is the policy's level marker.</summary>
    public static string Render() =>
        $"""
        # ExecPlan linter configuration (see docs/EXEC_PLAN.md): plans here are in the cookbook format.
        schema: {PlanSchemas.Cookbook.Key}
        level: {TemplateMarkers.Level}

        """;
}
