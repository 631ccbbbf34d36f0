using System.Collections.Immutable;
using ExecPlan.Schema;
using Markdig.Syntax;

namespace ExecPlan.Model;

/// <summary>Collects the top-level blocks under one H2 until the next H1 or H2 closes it.</summary>
internal sealed class SectionBuilder(Heading heading, SectionDescriptor? descriptor, SectionMatch match, int bodyStart, EntryDescriptor? entryKind)
{
    // Made on first use: a plan of a hundred thousand empty sections allocates nothing for them.
    private ImmutableArray<Heading>.Builder? _subsections;
    private ImmutableArray<PlanListItem>.Builder? _items;
    private List<PlanListItem>? _paragraphEntries;
    private List<TextRange>? _codeBlocks;
    private bool _hasContent;

    /// <summary>Takes one top-level block of the section body.</summary>
    public void Add(Block block, string text, LineMap lines)
    {
        switch (block)
        {
            case HeadingBlock { Level: 3 } sub:
                (_subsections ??= ImmutableArray.CreateBuilder<Heading>()).Add(PlanParser.ReadHeading(sub, text, lines));
                break;
            case ListBlock list:
                foreach (var child in list)
                {
                    if (child is ListItemBlock item)
                    {
                        (_items ??= ImmutableArray.CreateBuilder<PlanListItem>()).Add(PlanParser.Item(item, text, lines));
                    }
                }

                break;
            case CodeBlock code:
                (_codeBlocks ??= []).Add(PlanParser.RangeOf(code, text.Length));
                break;
            case ParagraphBlock paragraph when entryKind is { LeadingField: not null } kind && StartsWithField(text, PlanParser.RangeOf(paragraph, text.Length), kind):
                // An entry written as a paragraph (`Decision: ...` then `Rationale: ...` on the next lines), not a list item:
                // read as one, so that the form of the list does not decide whether its entries are checked. Only for entries
                // that start with a field (decisions, discoveries): a Progress item is a checkbox, never a paragraph.
                var range = PlanParser.RangeOf(paragraph, text.Length);
                (_paragraphEntries ??= []).Add(new PlanListItem(range, lines.SpanOf(range.Start, range.End), range.Start, null, IsOrdered: false));
                break;
        }

        if (block is not HtmlBlock html || !text.AsSpan(PlanParser.RangeOf(html, text.Length).Start).TrimStart().StartsWith("<!--", StringComparison.Ordinal))
        {
            _hasContent |= block is not LinkReferenceDefinitionGroup;
        }
    }

    /// <summary>Closes the section at <paramref name="end"/> and reads its line fields and entries.</summary>
    public Section Build(string text, LineMap lines, int end)
    {
        var body = new TextRange(Math.Min(bodyStart, end), end);
        var items = _items?.ToImmutable() ?? [];
        var entries = ImmutableArray<Entry>.Empty;
        if (entryKind is { } kind)
        {
            entries = EntryReader.Read(text, lines, kind, _paragraphEntries is null ? items : [.. items.Concat(_paragraphEntries).OrderBy(i => i.Range.Start)]);
        }

        return new Section(heading, descriptor, match, body, _hasContent, _subsections?.ToImmutable() ?? [], items, ReadLineFields(text, lines, body), entries);
    }

    // Whether the paragraph's first line starts with one of the entry's field names and a colon, bold or not (`Decision:`,
    // `**Rationale:**`, `Evidence (local):`).
    private static bool StartsWithField(string text, TextRange range, EntryDescriptor kind)
    {
        var line = text.AsSpan(range.Start, range.Length);
        line = line.IndexOfAny('\r', '\n') is var newline and >= 0 ? line[..newline] : line;
        line = line.TrimStart("*_");
        foreach (var field in kind.Fields)
        {
            foreach (var name in field.Aliases.Prepend(field.Name))
            {
                if (!line.StartsWith(name, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                // `Decision:`, or a note first (`Evidence (local):`); `Evidence (from the load test) suggests` is prose.
                var rest = line[name.Length..].TrimStart("*_ ");
                if (rest is ['(', ..] && rest.IndexOf(')') is var close and > 0)
                {
                    rest = rest[(close + 1)..].TrimStart("*_ ");
                }

                if (rest is [':', ..])
                {
                    return true;
                }
            }
        }

        return false;
    }

    private ImmutableArray<LineField> ReadLineFields(string text, LineMap lines, TextRange body)
    {
        if (body.Length == 0)
        {
            return [];
        }

        ImmutableArray<LineField>.Builder? fields = null;
        var codeBlocks = _codeBlocks ?? [];

        var nextCode = 0;
        for (var line = lines.LineOf(body.Start); line <= lines.LineCount; line++)
        {
            var start = lines.LineStart(line);
            if (start >= body.End)
            {
                break;
            }

            // Lines and code blocks both ascend: walk them together.
            while (nextCode < codeBlocks.Count && codeBlocks[nextCode].End <= start)
            {
                nextCode++;
            }

            if (nextCode < codeBlocks.Count && codeBlocks[nextCode].Contains(start))
            {
                continue;
            }

            var lineEnd = lines.LineEnd(line, text);
            if (lineEnd - start > 400 || text.IndexOf(':', start, lineEnd - start) < 0)
            {
                continue;
            }

            var content = text.AsSpan(start, lineEnd - start);
            if (!FieldSyntax.TryLineField(content, out var name, out var valueAt))
            {
                continue;
            }

            var valueStart = valueAt < 0 ? lineEnd : start + valueAt;
            var cleaned = valueAt < 0 ? string.Empty : content[valueAt..].Trim().Trim("*_`").Trim().ToString();
            (fields ??= ImmutableArray.CreateBuilder<LineField>()).Add(new LineField(content[name].Trim().ToString(), cleaned, lines.SpanOf(start, lineEnd), lines.SpanOf(valueStart, lineEnd)));
        }

        return fields?.ToImmutable() ?? [];
    }
}
