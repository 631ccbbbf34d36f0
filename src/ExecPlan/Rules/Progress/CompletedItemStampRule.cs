using ExecPlan.Schema;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Rules.Progress;

/// <summary>
/// A completed Progress checkbox carries the time it was done, right after the checkbox, in parentheses
/// (<c>- [x] (2025-10-01 13:00Z) ...</c>), bare (<c>- [x] 2025-10-01T13:00:00Z ...</c>) or as a date alone; open items need none.
/// </summary>
[ImplementsRule(RuleIds.CompletedItemUnstamped)]
internal sealed class CompletedItemStampRule : PlanRule
{
    /// <inheritdoc/>
    public override void Check(PlanContext context)
    {
        var document = context.Document;
        if (document.Schema.Section(SchemaRoles.Progress) is not { } progress)
        {
            return;
        }

        // A date alone ('(2026-03-06)') still says when the step was done; a wrong spelling is the timestamp rules' finding.
        var starts = context.Timestamps.Select(t => t.Offset).ToHashSet();
        foreach (var item in document.TaskItems)
        {
            if (item.Checked is true
                && document.SectionAt(item.Range.Start) is { } section && section.Is(progress)
                && !StartsWithStamp(document.Text, item.ContentStart, item.Range.End, starts)
                && !(context.IsDraft && Engine.Placeholders.Any(document, item.Range)))
            {
                context.Report(RuleCatalog.CompletedItemUnstamped, document.SpanOf(item.Range.Start, item.ContentStart));
            }
        }
    }

    // The first thing after the checkbox: an optional '(' or '**', then a date-time (any spelling: a wrong one is EXP0401's).
    private static bool StartsWithStamp(string text, int start, int end, HashSet<int> timestamps)
    {
        var at = start;
        while (at < end && text[at] is ' ' or '\t' or '(' or '*' or '_' or '`')
        {
            at++;
        }

        return timestamps.Contains(at);
    }
}
