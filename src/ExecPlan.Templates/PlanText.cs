using ExecPlan.Scaffolding;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Templates;

/// <summary>The Markdown of a scaffolded plan: the schema's template for a level, with the multi-agent add-on spliced in schema order.</summary>
internal static class PlanText
{
    /// <summary>The plan for <paramref name="level"/>, with the add-on when <paramref name="multiAgent"/>; id and timestamps become markers.</summary>
    public static string Render(PlanLevel level, bool multiAgent) =>
        PlanScaffold.Template(level, multiAgent)
            .Replace(TemplateTokens.Id, TemplateMarkers.TaskSlug, StringComparison.Ordinal)
            .Replace(TemplateTokens.Timestamp, TemplateMarkers.Now, StringComparison.Ordinal);
}
