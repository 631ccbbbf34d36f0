using System.Collections.Immutable;
using ExecPlan.Model;
using ExecPlan.Rules;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Fixes;

/// <summary>
/// EXP0204: puts the schema sections in schema order, each with its body. A section the schema does not order (an extra, an unknown
/// heading, a repeat) moves with the section before it; extras that close the plan (See Also) stay last. Only the sections outside a
/// longest run already in order move: each is deleted where it stands and inserted before the first kept section that follows it.
/// </summary>
internal sealed class SectionOrderFixer : DocumentFixer
{
    /// <inheritdoc/>
    public override string RuleId => RuleIds.SectionOutOfOrder;

    /// <inheritdoc/>
    public override PlanFix? Fix(PlanContext context)
    {
        var document = context.Document;
        var sections = document.Sections;
        if (sections.Length < 2 || Units(document) is not { } units)
        {
            return null;
        }

        var keys = Keys(sections);
        var target = Enumerable.Range(0, sections.Length).OrderBy(i => keys[i]).ToArray();
        var position = new int[target.Length];
        for (var i = 0; i < target.Length; i++)
        {
            position[target[i]] = i;
        }

        var kept = Kept(position);
        if (kept.Count == sections.Length)
        {
            return null;
        }

        var text = document.Text;
        var newline = FixText.Newline(text);
        var edits = new List<TextEdit>();
        var pending = new System.Text.StringBuilder();
        foreach (var unit in target)
        {
            if (!kept.Contains(unit))
            {
                edits.Add(FixText.Replace(document, units[unit].Start, units[unit].End, string.Empty));
                pending.Append(text, units[unit].Start, units[unit].Length);
                if (!EndsWithNewline(pending))
                {
                    pending.Append(newline);
                }
            }
            else if (pending.Length > 0)
            {
                edits.Add(FixText.Insert(document, units[unit].Start, pending.ToString()));
                pending.Clear();
            }
        }

        if (pending.Length > 0)
        {
            var end = units[target.Last(kept.Contains)].End;
            var lead = end > 0 && !EndsWithNewline(text.AsSpan(0, end)) ? newline : string.Empty;
            edits.Add(FixText.Insert(document, end, lead + pending));
        }

        return new PlanFix("Put the sections in schema order", FixSafety.Safe, [.. edits.OrderBy(e => e.Offset).ThenBy(e => e.Length)]);
    }

    // Each section from its heading line to the next section; none when something else (an H1) stands between two sections.
    private static TextRange[]? Units(PlanDocument document)
    {
        var sections = document.Sections;
        var units = new TextRange[sections.Length];
        for (var i = 0; i < sections.Length; i++)
        {
            var start = document.Lines.LineStart(sections[i].Heading.Span.Line);
            if (i > 0 && units[i - 1].End != start)
            {
                return null;
            }

            units[i] = new TextRange(start, sections[i].Body.End);
        }

        return units;
    }

    // The sort key of each section: a schema section's order at its first occurrence; anything else follows the section before it.
    private static int[] Keys(ImmutableArray<Section> sections)
    {
        var lastSchema = -1;
        var seen = new HashSet<Schema.SectionDescriptor>(ReferenceEqualityComparer.Instance);
        var first = new bool[sections.Length];
        for (var i = 0; i < sections.Length; i++)
        {
            if (sections[i].Descriptor is { IsExtra: false } descriptor && seen.Add(descriptor))
            {
                first[i] = true;
                lastSchema = i;
            }
        }

        var keys = new int[sections.Length];
        var current = -1;
        for (var i = 0; i < sections.Length; i++)
        {
            current = first[i] ? sections[i].Descriptor!.Order : current;
            keys[i] = !first[i] && i > lastSchema && sections[i].Descriptor is { Trailing: true } ? int.MaxValue : current;
        }

        return keys;
    }

    // A longest run of units already in their target order (patience sorting: n log n, a plan may have many thousands of headings).
    private static HashSet<int> Kept(int[] position)
    {
        var tails = new List<int>();
        var previous = new int[position.Length];
        for (var i = 0; i < position.Length; i++)
        {
            int low = 0, high = tails.Count;
            while (low < high)
            {
                var mid = (low + high) >>> 1;
                if (position[tails[mid]] < position[i])
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            previous[i] = low > 0 ? tails[low - 1] : -1;
            if (low == tails.Count)
            {
                tails.Add(i);
            }
            else
            {
                tails[low] = i;
            }
        }

        var kept = new HashSet<int>();
        for (var i = tails.Count > 0 ? tails[^1] : -1; i >= 0; i = previous[i])
        {
            kept.Add(i);
        }

        return kept;
    }

    private static bool EndsWithNewline(System.Text.StringBuilder text) => text.Length > 0 && text[^1] is '\n' or '\r';

    private static bool EndsWithNewline(ReadOnlySpan<char> text) => text.Length > 0 && text[^1] is '\n' or '\r';
}
