using System.Text;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Templates;

/// <summary>`docs/EXEC_PLAN.md`: the format in the project's words, rendered from the schema so it cannot drift from the linter.</summary>
internal static class FormatGuideText
{
    /// <summary>The guide's path from the repository root.</summary>
    public const string FilePath = ExecPlan.Schema.Generated.RepositoryConventions.FormatGuide;

    /// <summary>The guide's Markdown.</summary>
    public static string Render()
    {
        var text = new StringBuilder();
        text.Append(
            $"""
            # The ExecPlan format

            An ExecPlan is a living Markdown plan for one task. It holds everything an agent or a person needs to pick the
            work up from the file alone: the goal, the constraints, the steps, how to check the result, and a dated
            record of progress, discoveries and decisions. This guide describes the format exactly as the ExecPlan linter
            checks it; it is generated from the linter's schema, so the two cannot disagree.

            ## Where plans live

            Keep one plan per task at `plans/<yyyy-mm-dd>-<task-slug>-PLAN.md`. `dotnet new execplan -n <task-slug>`
            writes a new one with every section in place; `PLANS.md` at the repository root states the defaults.

            ## Front matter

            A plan opens with a YAML front matter block (between `---` lines) holding these fields:


            """);
        foreach (var field in FrontMatterSchema.All)
        {
            text.Append(FieldLine(field)).Append('\n');
        }

        text.Append(
            $"""

            Update `{FieldNames.Updated}` whenever a living section changes. Timestamps are RFC 3339 with seconds and a
            zone, such as `{TemplateTokens.Timestamp}`; a bare date is not a timestamp.

            ## Title

            Exactly one H1 follows the front matter: `# {TitleSchema.Prefix}{TitleSchema.Placeholder}`.


            """);
        text.Append(SectionGuideText.Render(PlanSchemas.ExecPlan.Data));
        text.Append(RuleGuideText.Render(PlanSchemas.ExecPlan));
        return text.ToString();
    }

    private static string FieldLine(FieldDescriptor field)
    {
        var line = $"- `{field.Name}`{(field.Required ? " (required)" : string.Empty)}: {field.Description}";
        if (!field.AllowedValues.IsEmpty)
        {
            line += " One of " + string.Join(", ", field.AllowedValues.Select(v => $"`{v}`")) + ".";
        }

        if (field.Pattern is { } pattern)
        {
            line += $" Must match `{pattern}`.";
        }

        return line;
    }
}
