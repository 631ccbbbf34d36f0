using System.Globalization;
using System.Text;
using ExecPlan.Schema;

namespace ExecPlan.Templates;

/// <summary>The rules part of the format guide: every rule that applies to the format, by family, with its ID, name, default severity and message.</summary>
internal static class RuleGuideText
{
    /// <summary>The Markdown of the rules part for plans of <paramref name="schema"/>.</summary>
    public static string Render(PlanSchema schema)
    {
        var text = new StringBuilder();
        text.Append(
            """
            ## Rules

            The linter reports each problem under a stable rule ID. An error fails the build, a warning is shown, info is
            a note. A repository can change any rule's severity in `.execplan.yaml`, and a plan can silence one with
            `<!-- execplan-disable-next-line ID -- reason -->`. `execplan explain ID` prints a rule's full help.

            """);
        foreach (var family in PlanSchemas.RulesOf(schema).GroupBy(r => r.Family))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n### {family.Key}\n\n");
            foreach (var rule in family)
            {
                text.Append(CultureInfo.InvariantCulture, $"- `{rule.Id}` {rule.Name} ({rule.DefaultSeverity.ToString().ToLowerInvariant()}): {rule.MessageFormat}\n");
            }
        }

        return text.ToString();
    }
}
