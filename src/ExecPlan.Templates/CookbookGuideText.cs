using System.Globalization;
using System.Text;
using ExecPlan.Schema;
using Cookbook = ExecPlan.Schema.Cookbook;

namespace ExecPlan.Templates;

/// <summary>`docs/EXEC_PLAN.md` for a repository of cookbook plans: the cookbook format rendered from its schema, as the ExecPlan guide is from its own.</summary>
internal static class CookbookGuideText
{
    /// <summary>The guide's Markdown.</summary>
    public static string Render()
    {
        var schema = PlanSchemas.Cookbook;
        var text = new StringBuilder();
        text.Append(
            CultureInfo.InvariantCulture,
            $"""
            # The cookbook plan format

            A plan in this repository is a living Markdown document for one piece of multi-hour work, self-contained so that
            a newcomer can follow it from start to finish: the purpose, the progress, what was found and decided, the
            outcome, and how the work is done and checked. {SectionList(schema.Data.Sections.Where(s => s.Living))} are
            kept up to date as the work goes on. This guide describes the format exactly as the ExecPlan linter checks it
            (`schema: {schema.Key}` in `.execplan.yaml`); it is generated from the linter's schema, so the two cannot disagree.

            ## Where plans live

            Keep one plan per task as a Markdown file under `plans/` (any {PlanFolders(schema.Data.Repository.Discover)} folder
            is searched), for example `plans/<task-slug>.md`. `dotnet new execplan --format {schema.Key} -n <task-slug>`
            writes a new one with every section in place; `PLANS.md` at the repository root states the defaults.

            ## Front matter and title

            A plan needs no front matter; a YAML block at the top is allowed and its keys are not checked. Exactly one H1
            is the title: `# {Cookbook.TitleSchema.Prefix}{Cookbook.TitleSchema.Placeholder}`.

            ## Stamps

            Each completed {Cookbook.SectionTitles.Progress} step carries the time it was done, a zoned time to the minute
            such as the one in the {Cookbook.SectionTitles.Progress} template below; an RFC 3339 timestamp is exact too. A
            decision's `{Cookbook.EntryFieldNames.DateAuthor}:` gives the date and who decided.


            """);
        text.Append(SectionGuideText.Render(schema.Data));
        text.Append(RuleGuideText.Render(schema));
        return text.ToString();
    }

    // The folders the format's discovery searches at any depth (its `**/<folder>/**/*.md` globs), as `plans/`, `execplans/` or `exec-plans/`.
    private static string PlanFolders(IEnumerable<string> discover)
    {
        const string Any = "**/";
        const string Markdown = "/**/*.md";
        var folders = discover
            .Where(g => g.StartsWith(Any, StringComparison.Ordinal) && g.EndsWith(Markdown, StringComparison.Ordinal))
            .Select(g => $"`{g[Any.Length..^Markdown.Length]}/`")
            .ToList();
        return folders.Count == 1 ? folders[0] : string.Join(", ", folders[..^1]) + " or " + folders[^1];
    }

    private static string SectionList(IEnumerable<SectionDescriptor> sections)
    {
        var titles = sections.Select(s => s.Title).ToList();
        return "The sections " + (titles.Count == 1 ? titles[0] : string.Join(", ", titles[..^1]) + " and " + titles[^1]);
    }
}
