using ExecPlan.Diagnostics;
using ExecPlan.Rules.Engine;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Rules.SelfContainment;

/// <summary>
/// A Research Snapshot written inline where the link is, as the ExecPlan format writes it (a `Retrieved:` line with `Source:` and `Notes:`
/// under it), is checked as one under `## Research Snapshot` is: it names every field of the snapshot kind that is required.
/// </summary>
[ImplementsRule(RuleIds.SnapshotIncomplete)]
internal sealed class InlineSnapshotRule : PlanRule
{
    // How many lines after `Retrieved:` a block may run (it ends earlier at a blank line).
    private const int MaxBlockLines = 6;

    private const int MaxReports = 100;

    /// <inheritdoc/>
    public override void Check(PlanContext context)
    {
        var document = context.Document;
        if (Kind(context.Schema) is not { LeadingField: { } leading } kind)
        {
            return;
        }

        var required = kind.Fields.Where(f => f.Severity == Severity.Error && f.Name != leading).ToList();
        var reported = 0;
        foreach (var section in document.Sections.Where(s => s.Descriptor?.EntryKind != kind.Name))
        {
            foreach (var retrieved in section.LineFields.Where(f => string.Equals(f.Name, leading, StringComparison.OrdinalIgnoreCase)))
            {
                var labels = Labels(document, retrieved.Span.Line);
                var missing = required.Where(f => !f.Aliases.Prepend(f.Name).Any(labels.Contains)).Select(f => $"'{f.Name}:'").ToList();
                if (missing.Count == 0)
                {
                    continue;
                }

                context.Report(RuleCatalog.SnapshotIncomplete, retrieved.Span, RuleArguments.For(RuleCatalog.SnapshotIncomplete, ("missing", Join(missing))));
                if (++reported >= MaxReports)
                {
                    return;
                }
            }
        }
    }

    /// <inheritdoc/>
    internal override bool CanReport(string ruleId, PlanSchema schema) => Kind(schema) is not null;

    private static EntryDescriptor? Kind(PlanSchema schema) =>
        schema.Section(SchemaRoles.ResearchSnapshot)?.EntryKind is { } name ? schema.Entry(name) : null;

    // The labels of the block's lines after `Retrieved:`, up to a blank line.
    private static HashSet<string> Labels(Model.PlanDocument document, int line)
    {
        var labels = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var next = line + 1; next <= Math.Min(document.Lines.LineCount, line + MaxBlockLines); next++)
        {
            var start = document.Lines.LineStart(next);
            var text = document.Text.AsSpan(start, Math.Min(document.Lines.LineEnd(next, document.Text) - start, 200)).Trim();
            if (text.IsEmpty)
            {
                break;
            }

            text = text.TrimStart("-*+ >").Trim('*').Trim('_');
            var colon = text.IndexOf(':');
            if (colon > 0)
            {
                labels.Add(text[..colon].Trim().Trim('*').Trim('_').ToString());
            }
        }

        return labels;
    }

    private static string Join(List<string> parts) => parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1];
}
