using ExecPlan.Schema;
using ExecPlan.Schema.Generated;
using GeneratedTemplates = ExecPlan.Schema.Generated.Templates;

namespace ExecPlan.Templates;

/// <summary>The Markdown of a scaffolded plan: the schema's template for a level, with the multi-agent add-on spliced in schema order.</summary>
internal static class PlanText
{
    /// <summary>The plan for <paramref name="level"/>, with the add-on when <paramref name="multiAgent"/>; id and timestamps become markers.</summary>
    public static string Render(PlanLevel level, bool multiAgent)
    {
        // The schema names each level's whole-document template after the level.
        var template = GeneratedTemplates.All.Single(t => !t.IsAddOn && t.Name == level.Name);
        var text = multiAgent ? WithAddOn(template, GeneratedTemplates.MultiAgent) : template.Text;
        return text
            .Replace(TemplateTokens.Id, TemplateMarkers.TaskSlug, StringComparison.Ordinal)
            .Replace(TemplateTokens.Timestamp, TemplateMarkers.Now, StringComparison.Ordinal);
    }

    /// <summary>Inserts the add-on's text before the first section of <paramref name="template"/> that follows it in schema order.</summary>
    private static string WithAddOn(TemplateDescriptor template, TemplateDescriptor addOn)
    {
        var addOnOrder = addOn.SectionKeys.Min(OrderOf);
        var next = template.SectionKeys.FirstOrDefault(key => OrderOf(key) > addOnOrder);
        if (next is null)
        {
            return template.Text + "\n" + addOn.Text;
        }

        var heading = "\n## " + Sections.Schema.Single(s => s.Key == next).Title + "\n";
        var at = template.Text.IndexOf(heading, StringComparison.Ordinal) + 1;
        return template.Text[..at] + addOn.Text + "\n" + template.Text[at..];
    }

    private static int OrderOf(string key) => Sections.Schema.Single(s => s.Key == key).Order;
}
