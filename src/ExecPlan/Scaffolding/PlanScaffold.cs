using System.Globalization;
using System.Text.RegularExpressions;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Scaffolding;

/// <summary>
/// A new ExecPlan from the schema's whole-document templates: the level's template, with the multi-agent add-on spliced in schema order
/// when asked, and the template tokens replaced by the plan's values, as `dotnet new execplan` does.
/// </summary>
public static class PlanScaffold
{
    private const string TimestampFormat = "yyyy-MM-ddTHH:mm:ssZ";

    /// <summary>The template for <paramref name="level"/>, with the add-on when <paramref name="multiAgent"/>; its tokens are still in place.</summary>
    public static string Template(PlanLevel level, bool multiAgent)
    {
        ArgumentNullException.ThrowIfNull(level);
        // The schema names each level's whole-document template after the level.
        var template = Templates.All.Single(t => !t.IsAddOn && t.Name == level.Name);
        return multiAgent ? WithAddOn(template, Templates.MultiAgent) : template.Text;
    }

    /// <summary>The plan's text, or throws <see cref="ArgumentException"/> with <see cref="Problem"/>'s message when a value cannot stand in a plan.</summary>
    public static string Render(NewPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (Problem(plan) is { } problem)
        {
            throw new ArgumentException(problem, nameof(plan));
        }

        return Template(plan.Level, plan.MultiAgent)
            .Replace(TemplateTokens.Id, plan.Id, StringComparison.Ordinal)
            .Replace(TemplateTokens.Title, plan.Title, StringComparison.Ordinal)
            .Replace(TemplateTokens.Owner, plan.Owner, StringComparison.Ordinal)
            .Replace(TemplateTokens.Timestamp, plan.Created.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(TemplateTokens.Profile, plan.Profile, StringComparison.Ordinal);
    }

    /// <summary>Where the plan goes under the repository root, as the `dotnet new` template puts it: `plans/&lt;yyyy-mm-dd&gt;-&lt;id&gt;-PLAN.md`.</summary>
    public static string FileName(NewPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return $"plans/{plan.Created.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}-{plan.Id}-PLAN.md";
    }

    /// <summary>Why a value cannot stand in the plan (an id the schema's pattern refuses, a profile or level it does not know, a line break), or null.</summary>
    public static string? Problem(NewPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var schema = PlanSchemas.ExecPlan;
        var fields = schema.Data.FrontMatter;
        var idPattern = fields.Single(f => f.Name == schema.FrontMatterField(SchemaRoles.Id)).Pattern;
        var profiles = fields.Single(f => f.Name == schema.FrontMatterField(SchemaRoles.Profile)).AllowedValues;
        if (idPattern is not null && !Regex.IsMatch(plan.Id, idPattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
        {
            return $"the id '{plan.Id}' does not match {idPattern}";
        }

        if (!profiles.Contains(plan.Profile, StringComparer.Ordinal))
        {
            return $"unknown profile '{plan.Profile}'; use {string.Join(" or ", profiles)}";
        }

        if (!schema.Levels.Contains(plan.Level))
        {
            return $"unknown level '{plan.Level.Name}'; use {string.Join(" or ", schema.Levels.Select(l => l.Name))}";
        }

        foreach (var (name, value) in new[] { ("title", plan.Title), ("owner", plan.Owner) })
        {
            if (string.IsNullOrWhiteSpace(value) || value.Any(char.IsControl))
            {
                return $"the {name} must be one line of text";
            }
        }

        return null;
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
