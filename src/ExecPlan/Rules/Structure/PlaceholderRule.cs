using ExecPlan.Diagnostics;
using ExecPlan.Model;
using ExecPlan.Rules.Engine;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Rules.Structure;

/// <summary>Template placeholders are filled in: info while DRAFT, an error after.</summary>
[ImplementsRule(RuleIds.UnfilledPlaceholder)]
internal sealed class PlaceholderRule : PlanRule
{
    private const int MaxReports = 200;

    /// <inheritdoc/>
    public override void Check(PlanContext context)
    {
        var document = context.Document;
        var rule = RuleCatalog.UnfilledPlaceholder;
        var severity = context.IsDraft ? Severity.Info : rule.DefaultSeverity;
        // Sorted comment ranges answer "inside a comment?" in O(log n) per placeholder.
        var comments = new CodeRegions(document.Html.Where(h => h.IsComment).Select(h => h.Range));
        var reported = 0;
        foreach (var range in Placeholders.In(document, new TextRange(0, document.Text.Length)))
        {
            if (comments.Contains(range.Start))
            {
                continue;
            }

            context.Report(rule, severity, document.SpanOf(range.Start, range.End), null, document.TextOf(range));
            if (++reported >= MaxReports)
            {
                break;
            }
        }
    }
}
