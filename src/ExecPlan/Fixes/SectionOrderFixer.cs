using System.Collections.Immutable;
using ExecPlan.Model;
using ExecPlan.Rules;
using ExecPlan.Rules.Structure;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Fixes;

/// <summary>
/// EXP0204: puts the schema sections in schema order, each with its body. A section the schema does not order (an extra, an unknown
/// heading, a repeat) moves with the section before it; extras that close the plan (See Also) stay last. Only the sections EXP0204 names
/// move (those outside the longest run already in order): each is deleted where it stands and inserted before the first kept section
/// that follows it in schema order.
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

        var keys = Keys(sections, out var leaders);
        var target = Enumerable.Range(0, sections.Length).OrderBy(i => keys[i]).ToArray();
        var kept = Kept(sections, keys, leaders);
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

    // The sort key of each section: a schema section's order at its first occurrence; anything else follows the section before it
    // (its leader), except extras that close the plan after every schema section.
    private static int[] Keys(ImmutableArray<Section> sections, out int[] leaders)
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
        leaders = new int[sections.Length];
        var (current, leader) = (-1, -1);
        for (var i = 0; i < sections.Length; i++)
        {
            (current, leader) = first[i] ? (sections[i].Descriptor!.Order, i) : (current, leader);
            var trailing = !first[i] && i > lastSchema && sections[i].Descriptor is { Trailing: true };
            keys[i] = trailing ? int.MaxValue : current;
            leaders[i] = trailing ? -1 : leader;
        }

        return keys;
    }

    // The sections that stay: those EXP0204 leaves in place (the same longest run in schema order), with what follows each of them, and
    // whatever has no leader (before the first schema section, or closing the plan).
    private static HashSet<int> Kept(ImmutableArray<Section> sections, int[] keys, int[] leaders)
    {
        var firsts = Enumerable.Range(0, sections.Length).Where(i => leaders[i] == i).Select(i => sections[i]).ToList();
        var inOrder = SectionOrder.LongestInOrder(firsts);
        return [.. Enumerable.Range(0, sections.Length).Where(i => leaders[i] < 0 || keys[i] == int.MaxValue || inOrder.Contains(sections[leaders[i]]))];
    }

    private static bool EndsWithNewline(System.Text.StringBuilder text) => text.Length > 0 && text[^1] is '\n' or '\r';

    private static bool EndsWithNewline(ReadOnlySpan<char> text) => text.Length > 0 && text[^1] is '\n' or '\r';
}
