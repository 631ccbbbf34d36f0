using System.Text;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;
using ExecPlan.Text;
using Cookbook = ExecPlan.Schema.Cookbook;

namespace ExecPlan.Templates;

/// <summary>The Markdown of a scaffolded cookbook plan: the cookbook schema's template for a level, its title, stamps, dates and author made markers.</summary>
internal static class CookbookPlanText
{
    /// <summary>The plan for <paramref name="level"/>; the title is the title token, dates and stamps are markers, the author is the owner token.</summary>
    public static string Render(PlanLevel level)
    {
        // The schema names each level's whole-document template after the level.
        var template = Cookbook.Templates.All.Single(t => !t.IsAddOn && t.Name == level.Name);
        var title = "# " + Cookbook.TitleSchema.Prefix;
        var text = template.Text.Replace(title + Cookbook.TitleSchema.Placeholder + "\n", title + TemplateTokens.Title + "\n", StringComparison.Ordinal);
        return string.Join('\n', text.Split('\n').Select(WithMarkers));
    }

    // A decision's `Date/Author:` names its author after the date; every date-time is a stamp of now, every bare date today.
    private static string WithMarkers(string line)
    {
        var text = new StringBuilder();
        var at = 0;
        foreach (var token in TimestampScanner.Scan(line))
        {
            text.Append(line, at, token.Offset - at).Append(token.Kind == TimestampKind.Date ? TemplateMarkers.Today : TemplateMarkers.Stamp);
            at = token.End;
        }

        text.Append(line, at, line.Length - at);
        return IsAuthorLine(line) ? AuthorAsOwner(text.ToString()) : text.ToString();
    }

    private static bool IsAuthorLine(string line) =>
        line.TrimStart().StartsWith(Cookbook.EntryFieldNames.DateAuthor + ":", StringComparison.Ordinal);

    // The author is the placeholder after the date: the owner token takes its place, so the owner option fills it.
    private static string AuthorAsOwner(string line)
    {
        var open = line.LastIndexOf('<');
        var close = line.LastIndexOf('>');
        return open >= 0 && close > open ? line[..open] + TemplateTokens.Owner + line[(close + 1)..] : line;
    }
}
