using System.Collections.Generic;
using System.Linq;
using ExecPlan.SchemaGenerator.Model;

namespace ExecPlan.SchemaGenerator.Emitting;

/// <summary>Renders a template's Markdown at generation time, so the text is a constant and matches the schema exactly.</summary>
internal static class TemplateRenderer
{
    public static string Render(SchemaModel schema, TemplateModel template)
    {
        var lines = new List<string>();
        if (!template.IsAddOn)
        {
            // A schema without front matter accepts a plan without it, so its templates start at the title.
            if (schema.FrontMatter is { } frontMatter)
            {
                lines.Add("---");
                foreach (var field in frontMatter.Fields)
                {
                    lines.Add(field.Name + ": " + TemplateTokenLookup.For(field, schema.Tokens));
                }

                lines.Add("---");
                lines.Add(string.Empty);
            }

            var title = schema.Tokens.FirstOrDefault(t => t.Key == "title")?.Value ?? schema.Title?.Placeholder ?? string.Empty;
            lines.Add("# " + (schema.Title?.Prefix ?? string.Empty) + title);
        }

        foreach (var key in template.SectionKeys)
        {
            var section = schema.Sections.First(s => s.Key == key);
            if (lines.Count > 0)
            {
                lines.Add(string.Empty);
            }

            lines.Add("## " + section.Title);
            lines.Add(string.Empty);
            lines.Add(section.Template.Replace("\r\n", "\n"));
        }

        return string.Join("\n", lines) + "\n";
    }
}
