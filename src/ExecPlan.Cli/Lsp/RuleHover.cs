using System.Text;
using ExecPlan.Cli.Lsp.Protocol;
using ExecPlan.Configuration;
using Position = ExecPlan.Cli.Lsp.Protocol.Position;

namespace ExecPlan.Cli.Lsp;

/// <summary>Hover on a finding: its rule's ID, name, default severity and help, for every finding under the cursor.</summary>
internal static class RuleHover
{
    /// <summary>The hover at <paramref name="position"/>, or null when no finding is there.</summary>
    public static Hover? At(LintedDocument linted, Position position)
    {
        var found = linted.Findings
            .Select(f => (Finding: f, Range: LspRanges.Of(f.Span, linted.Document)))
            .Where(f => LspRanges.Contains(f.Range, position))
            .ToList();
        if (found.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var rule in found.Select(f => f.Finding.Rule).DistinctBy(r => r.Id))
        {
            text.Append(text.Length == 0 ? string.Empty : "\n\n---\n\n")
                .Append("**").Append(rule.Id).Append("** `").Append(rule.Name).Append("` (")
                .Append(SeverityText.ToText(rule.DefaultSeverity)).Append(" by default)\n\n")
                .Append(rule.Help)
                .Append("\n\n[Rule reference](").Append(LspDiagnostics.HelpUri(rule)).Append(')');
        }

        return new Hover(new MarkupContent("markdown", text.ToString()), found.Count == 1 ? found[0].Range : null);
    }
}
