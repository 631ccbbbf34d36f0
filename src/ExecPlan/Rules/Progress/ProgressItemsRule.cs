using ExecPlan.Schema;
using ExecPlan.Text;
using ExecPlan.Rules.Engine;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Rules.Progress;

/// <summary>Progress checklist items start with an RFC 3339 timestamp, go forward in time, and are all checked in a DONE plan.</summary>
[ImplementsRule(RuleIds.ProgressItemTimestamp)]
[ImplementsRule(RuleIds.DoneWithOpenItems)]
[ImplementsRule(RuleIds.ProgressOutOfOrder)]
internal sealed class ProgressItemsRule : PlanRule
{
    /// <inheritdoc/>
    public override void Check(PlanContext context)
    {
        DateTimeOffset? previous = null;
        string? previousText = null;
        foreach (var entry in context.Document.SectionsIn(SchemaRoles.Progress).SelectMany(s => s.Entries))
        {
            if (entry.Checked is false && context.Status == PlanStatus.Done)
            {
                context.Report(RuleCatalog.DoneWithOpenItems, entry.Span);
            }

            if (entry.Checked is null)
            {
                continue; // Only checklist items are progress items; prose bullets are notes.
            }

            if (context.IsDraft && Placeholders.Any(context.Document, entry.Range))
            {
                continue;
            }

            if (!Rfc3339.TryParse(entry.Timestamp, out var at))
            {
                // Ambiguous and impossible date-times are the timestamp rules' findings (one finding per token, never two);
                // a missing one is ours, and so is a date without its time.
                if (entry.Timestamp is null ? !StampedAtStart(context, entry) : entry.Timestamp.Length == DateLength)
                {
                    context.Report(RuleCatalog.ProgressItemTimestamp, entry.Span);
                }

                continue;
            }

            if (previous is { } before && at < before)
            {
                context.Report(RuleCatalog.ProgressOutOfOrder, entry.TimestampSpan, entry.Timestamp!, previousText!);
            }

            previous = at;
            previousText = entry.Timestamp;
        }
    }

    private const int DateLength = 10; // yyyy-mm-dd

    // A date-time token right after the checkbox behind `(`, emphasis or a backtick (`- [x] (2025-11-22 14:00Z) ...`): the
    // timestamp rules judge its spelling; a date alone is no time.
    private static bool StampedAtStart(PlanContext context, Model.Entry entry)
    {
        var lines = context.Document.Lines;
        var text = context.Document.Text;
        var at = lines.LineStart(entry.Span.EndLine) + entry.Span.EndColumn - 1;
        while (at < text.Length && text[at] is ' ' or '\t' or '(' or '[' or '*' or '_' or '`')
        {
            at++;
        }

        return TokenAt(context.Timestamps, at) is { Kind: not TimestampKind.Date };
    }

    // The tokens are in text order: a binary search, not a scan per item (a Progress of 30,000 items among 30,000 dates).
    private static TimestampToken? TokenAt(IReadOnlyList<TimestampToken> tokens, int offset)
    {
        int low = 0, high = tokens.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            if (tokens[mid].Offset < offset)
            {
                low = mid + 1;
            }
            else if (tokens[mid].Offset > offset)
            {
                high = mid - 1;
            }
            else
            {
                return tokens[mid];
            }
        }

        return null;
    }
}
