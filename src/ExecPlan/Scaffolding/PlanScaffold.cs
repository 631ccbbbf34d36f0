using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;
using ExecPlan.Text;

namespace ExecPlan.Scaffolding;

/// <summary>
/// A new plan from a schema's whole-document templates: the level's template, with the multi-agent add-on spliced in schema order
/// when the format has one and it is asked for, and the template's tokens (or, in a format without them, its example stamps) replaced
/// by the plan's values, as `dotnet new execplan` does.
/// </summary>
public static class PlanScaffold
{
    /// <summary>The folder a new plan goes in under the repository root, in every format (each discovers plans under it).</summary>
    public const string Folder = "plans";

    private const string TimestampFormat = "yyyy-MM-ddTHH:mm:ssZ";

    // The cookbook's stamp: a zoned time to the minute; `Z` is a literal in a .NET format.
    private const string ZonedMinutesFormat = "yyyy-MM-dd HH:mmZ";

    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>The ExecPlan format's template for <paramref name="level"/>, with the add-on when <paramref name="multiAgent"/>; its tokens are still in place.</summary>
    public static string Template(PlanLevel level, bool multiAgent) => Template(PlanSchemas.ExecPlan, level, multiAgent);

    /// <summary>The template of <paramref name="schema"/> for <paramref name="level"/>, with its add-on when <paramref name="multiAgent"/> and it has one; its tokens are still in place.</summary>
    public static string Template(PlanSchema schema, PlanLevel level, bool multiAgent)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(level);
        // The schema names each level's whole-document template after the level.
        var template = schema.Data.Templates.Single(t => !t.IsAddOn && t.Name == level.Name);
        return multiAgent && schema.Data.Templates.FirstOrDefault(t => t.IsAddOn) is { } addOn ? WithAddOn(schema, template, addOn) : template.Text;
    }

    /// <summary>The plan's text in <paramref name="schema"/>'s format, or throws <see cref="ArgumentException"/> with <see cref="Problem"/>'s message when a value cannot stand in it.</summary>
    public static string Render(NewPlan plan, PlanSchema schema)
    {
        ThrowOnProblem(plan, schema);
        var heading = "# " + schema.Data.TitlePrefix;
        var text = Template(schema, plan.Level, plan.MultiAgent);
        if (schema.Data.TitlePlaceholder.Length > 0)
        {
            text = text.Replace(heading + schema.Data.TitlePlaceholder + "\n", heading + plan.Title + "\n", StringComparison.Ordinal);
        }

        // The tokens `template_tokens:` declares; a template without them (the cookbook's) holds none, and a value not given leaves its token.
        text = text
            .Replace(TemplateTokens.Id, plan.Id ?? TemplateTokens.Id, StringComparison.Ordinal)
            .Replace(TemplateTokens.Title, plan.Title, StringComparison.Ordinal)
            .Replace(TemplateTokens.Owner, plan.Owner ?? TemplateTokens.Owner, StringComparison.Ordinal)
            .Replace(TemplateTokens.Timestamp, plan.Created.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(TemplateTokens.Profile, plan.Profile ?? TemplateTokens.Profile, StringComparison.Ordinal);

        // A format without a `created` field stamps its entries with example times: each becomes the plan's creation.
        return schema.FrontMatterField(SchemaRoles.Created) is null
            ? string.Join('\n', text.Split('\n').Select(line => WithCreation(line, plan, schema.Timestamps)))
            : text;
    }

    /// <summary>
    /// Where the plan goes under the repository root: `plans/&lt;yyyy-mm-dd&gt;-&lt;id&gt;-PLAN.md` when the schema declares a plan file-name
    /// convention (the dated form of the ExecPlan one), else `plans/&lt;slug&gt;.md` as `dotnet new execplan --format cookbook` puts it.
    /// </summary>
    public static string FileName(NewPlan plan, PlanSchema schema)
    {
        ThrowOnProblem(plan, schema);
        var slug = Slug(plan, schema);
        return schema.Data.Repository.PlanFileNamePattern is null
            ? $"{Folder}/{slug}.md"
            : $"{Folder}/{plan.Created.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture)}-{slug}-PLAN.md";
    }

    /// <summary>
    /// Why a value cannot stand in a plan of <paramref name="schema"/> (an id its pattern refuses, a profile or level it does not know,
    /// an id or owner its front matter needs and lacks, a line break), or null. Id, owner and profile are checked only where the
    /// schema has a front-matter field in that role.
    /// </summary>
    public static string? Problem(NewPlan plan, PlanSchema schema)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(schema);
        if ((IdProblem(plan, schema) ?? ProfileProblem(plan, schema)) is { } problem)
        {
            return problem;
        }

        if (!schema.Levels.Contains(plan.Level))
        {
            return $"unknown level '{plan.Level.Name}'; use {string.Join(" or ", schema.Levels.Select(l => l.Name))}";
        }

        if (schema.FrontMatterField(SchemaRoles.Owner) is not null && string.IsNullOrWhiteSpace(plan.Owner))
        {
            return $"the {schema.Data.Name} format needs an owner";
        }

        foreach (var (name, value) in new[] { ("title", plan.Title), ("owner", plan.Owner) })
        {
            if (value is not null && (string.IsNullOrWhiteSpace(value) || value.Any(char.IsControl)))
            {
                return $"the {name} must be one line of text";
            }
        }

        return schema.FrontMatterField(SchemaRoles.Id) is null && Slug(plan, schema).Length == 0
            ? "neither the id nor the title has a letter or a digit to name the file"
            : null;
    }

    private static string? IdProblem(NewPlan plan, PlanSchema schema)
    {
        if (schema.FrontMatterField(SchemaRoles.Id) is not { } field)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(plan.Id))
        {
            return $"the {schema.Data.Name} format needs an id";
        }

        var pattern = schema.Data.FrontMatter.Single(f => f.Name == field).Pattern;
        return pattern is not null && !Regex.IsMatch(plan.Id, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))
            ? $"the id '{plan.Id}' does not match {pattern}"
            : null;
    }

    private static string? ProfileProblem(NewPlan plan, PlanSchema schema)
    {
        if (plan.Profile is null || schema.FrontMatterField(SchemaRoles.Profile) is not { } field)
        {
            return null;
        }

        var profiles = schema.Data.FrontMatter.Single(f => f.Name == field).AllowedValues;
        return profiles.Contains(plan.Profile, StringComparer.Ordinal) ? null : $"unknown profile '{plan.Profile}'; use {string.Join(" or ", profiles)}";
    }

    private static void ThrowOnProblem(NewPlan plan, PlanSchema schema)
    {
        if (Problem(plan, schema) is { } problem)
        {
            throw new ArgumentException(problem, nameof(plan));
        }
    }

    // The id names the file where the format has an id field (its pattern already holds it to a file name); elsewhere the id or the
    // title is made a slug as `dotnet new` makes one from -n: each run of other characters one '-', none at either end, lower case.
    private static string Slug(NewPlan plan, PlanSchema schema)
    {
        if (schema.FrontMatterField(SchemaRoles.Id) is not null)
        {
            return plan.Id!;
        }

        var slug = Regex.Replace(plan.Id ?? plan.Title, "[^A-Za-z0-9._-]+", "-", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        slug = Regex.Replace(slug, "-{2,}", "-", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return slug.Trim('.', '_', '-').ToLowerInvariant();
    }

    // Every bare date becomes the creation's day and every date-time its stamp; an author placeholder after a date (a decision's
    // `Date/Author: <date> / <author>`) becomes the owner when one is given.
    private static string WithCreation(string line, NewPlan plan, TimestampForm form)
    {
        var tokens = TimestampScanner.Scan(line);
        if (tokens.Count == 0)
        {
            return line;
        }

        var created = plan.Created.UtcDateTime;
        var stamp = created.ToString(form == TimestampForm.ZonedMinutes ? ZonedMinutesFormat : TimestampFormat, CultureInfo.InvariantCulture);
        var day = created.ToString(DateFormat, CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        var at = 0;
        foreach (var token in tokens)
        {
            text.Append(line, at, token.Offset - at).Append(token.Kind == TimestampKind.Date ? day : stamp);
            at = token.End;
        }

        var rest = line[at..];
        var isAuthor = rest.StartsWith(" / <", StringComparison.Ordinal) && rest.EndsWith('>') && rest.LastIndexOf('<') == 3;
        return text.Append(isAuthor && plan.Owner is not null ? " / " + plan.Owner : rest).ToString();
    }

    /// <summary>Inserts the add-on's text before the first section of <paramref name="template"/> that follows it in schema order.</summary>
    private static string WithAddOn(PlanSchema schema, TemplateDescriptor template, TemplateDescriptor addOn)
    {
        int OrderOf(string key) => schema.Sections.Single(s => s.Key == key).Order;
        var addOnOrder = addOn.SectionKeys.Min(OrderOf);
        var next = template.SectionKeys.FirstOrDefault(key => OrderOf(key) > addOnOrder);
        if (next is null)
        {
            return template.Text + "\n" + addOn.Text;
        }

        var heading = "\n## " + schema.Sections.Single(s => s.Key == next).Title + "\n";
        var at = template.Text.IndexOf(heading, StringComparison.Ordinal) + 1;
        return template.Text[..at] + addOn.Text + "\n" + template.Text[at..];
    }
}
