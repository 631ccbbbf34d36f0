using System.Globalization;
using System.Text;
using ExecPlan.Configuration;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Cli;

/// <summary>Renders the rule catalogue: as terminal text grouped by family, and as the Markdown table embedded in docs/rules.md.</summary>
public static class RuleReference
{
    /// <summary>The docs/rules.md marker before the rule table.</summary>
    public const string StartMarker = "<!-- rules:start -->";

    /// <summary>The docs/rules.md marker after the rule table.</summary>
    public const string EndMarker = "<!-- rules:end -->";

    /// <summary>The Markdown rule table (LF line endings, trailing newline), exactly as it stands between the markers in docs/rules.md.</summary>
    public static string RenderMarkdown(IReadOnlyList<RuleDescriptor>? rules = null)
    {
        var formats = PlanSchemas.All.Select(s => (s.Key, Ids: PlanSchemas.RulesOf(s).Select(r => r.Id).ToHashSet(StringComparer.Ordinal))).ToList();
        var text = new StringBuilder();
        text.Append("| ID | Name | Family | Default | Formats | Message |\n");
        text.Append("|---|---|---|---|---|---|\n");
        foreach (var rule in rules ?? RuleCatalog.All)
        {
            var applies = string.Join(", ", formats.Where(f => f.Ids.Contains(rule.Id)).Select(f => f.Key));
            // Each ID cell is the anchor editors link a finding's code to (docs/rules.md#exp0202).
            text.Append(CultureInfo.InvariantCulture, $"| <a id=\"{rule.Id.ToLowerInvariant()}\"></a>{rule.Id} | `{rule.Name}` | {Cell(rule.Family)} | {SeverityText.ToText(rule.DefaultSeverity)} | {applies} | {Cell(rule.MessageFormat)} |\n");
        }

        return text.ToString();
    }

    /// <summary>The catalogue as terminal text: a heading per family, then one line per rule.</summary>
    public static string RenderText(IReadOnlyList<RuleDescriptor>? rules = null)
    {
        var text = new StringBuilder();
        rules ??= RuleCatalog.All;
        var nameWidth = rules.Max(r => r.Name.Length);
        foreach (var family in rules.GroupBy(r => r.Family))
        {
            text.Append(text.Length == 0 ? string.Empty : "\n").Append(family.Key).Append('\n');
            foreach (var rule in family)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {rule.Id}  {SeverityText.ToText(rule.DefaultSeverity),-7}  {rule.Name.PadRight(nameWidth)}  {rule.MessageFormat}\n");
            }
        }

        return text.ToString();
    }

    /// <summary>Escapes text for a table cell: pipes would split it, `&lt;` would start HTML.</summary>
    private static string Cell(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("<", "\\<", StringComparison.Ordinal)
            .Replace('\n', ' ');
}
