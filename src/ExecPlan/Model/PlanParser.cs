using System.Collections.Immutable;
using ExecPlan.Schema;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ExecPlan.Model;

/// <summary>Parses plan text once (YamlDotNet for the front matter, Markdig for the rest) into a <see cref="PlanDocument"/>.</summary>
public static class PlanParser
{
    private static readonly MarkdownPipeline Pipeline = Extensions().Build();

    // The same, and Markdig's own front-matter block: a plan's front matter is skipped where it stands, so the text need not
    // be copied with its front matter blanked (a copy of every plan that has one: a third of the model's own allocations).
    private static readonly MarkdownPipeline FrontMatterPipeline = Extensions().UseYamlFrontMatter().Build();

    private static MarkdownPipelineBuilder Extensions() => new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseGridTables()
        .UseTaskLists();

    /// <summary>Parses decoded text as a plan of the ExecPlan schema; <paramref name="configuredExtras"/> are H2 titles the repository allows.</summary>
    public static PlanDocument Parse(string path, string text, ImmutableArray<string> configuredExtras = default) =>
        Parse(path, text, PlanSchemas.ExecPlan, configuredExtras);

    /// <summary>Parses decoded text as a plan of <paramref name="schema"/>; <paramref name="configuredExtras"/> are H2 titles the repository allows.</summary>
    public static PlanDocument Parse(string path, string text, PlanSchema schema, ImmutableArray<string> configuredExtras = default) =>
        Parse(path, text, schema, configuredExtras, blankFrontMatter: false);

    /// <summary>As above; <paramref name="blankFrontMatter"/> always parses a copy of the text with its front matter blanked
    /// (what <see cref="ParseMarkdown"/> falls back to), so that tests can hold the two ways to each other.</summary>
    internal static PlanDocument Parse(string path, string text, PlanSchema schema, ImmutableArray<string> configuredExtras, bool blankFrontMatter)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(schema);
        configuredExtras = configuredExtras.IsDefault ? [] : configuredExtras;
        var lines = new LineMap(text);
        var frontMatter = FrontMatterReader.Read(text, lines, out var bodyStart);
        var syntax = ParseMarkdown(text, lines, frontMatter, bodyStart, blankFrontMatter);

        var code = new List<TextRange>();
        var fences = ImmutableArray.CreateBuilder<CodeFence>();
        var html = ImmutableArray.CreateBuilder<HtmlFragment>();
        var tables = ImmutableArray.CreateBuilder<Diagnostics.SourceSpan>();
        var tasks = ImmutableArray.CreateBuilder<PlanListItem>();
        // Every block and inline in document order, as Markdig's Descendants() yields them, without its iterator and
        // two stacks per call (a third of the parser's own allocations).
        var pending = new Stack<MarkdownObject>();
        PushChildren(pending, syntax);
        while (pending.TryPop(out var node))
        {
            // Most nodes are inlines, most of them literal text: each is told apart with as few type tests as it takes (a
            // type test against a class that is not sealed walks the node's base classes).
            if (node.GetType() == typeof(LiteralInline))
            {
                continue;
            }

            if (node is Inline inlineNode)
            {
                switch (inlineNode)
                {
                    case ContainerInline container:
                        PushInlines(pending, container);
                        break;
                    case CodeInline inline:
                        code.Add(RangeOf(inline, text.Length));
                        break;
                    case HtmlInline inline:
                        html.Add(Html(inline, text, lines, isBlock: false));
                        break;
                }

                continue;
            }

            PushChildren(pending, node);
            switch (node)
            {
                case FencedCodeBlock fence:
                    var range = RangeOf(fence, text.Length);
                    code.Add(range);
                    fences.Add(new CodeFence(range, lines.SpanOf(range.Start, range.End), fence.Info ?? string.Empty, FenceContent(fence, lines, text, range)));
                    break;
                case YamlFrontMatterBlock:
                    break;
                case CodeBlock block:
                    code.Add(RangeOf(block, text.Length));
                    break;
                case HtmlBlock block:
                    html.Add(Html(block, text, lines, isBlock: true));
                    break;
                case Table table:
                    var tableRange = RangeOf(table, text.Length);
                    tables.Add(lines.SpanOf(tableRange.Start, tableRange.End));
                    break;
                case ListItemBlock item when Item(item, text, lines) is { Checked: not null } task:
                    tasks.Add(task);
                    break;
            }
        }

        var (titles, sections) = ReadSections(syntax, text, lines, schema, configuredExtras);
        return new PlanDocument(path, text, lines, frontMatter, titles, sections, new CodeRegions(code), fences.ToImmutable(), html.ToImmutable(), tables.ToImmutable(), tasks.ToImmutable(), schema);
    }

    // Markdig's offsets must be the file's offsets, and the front matter must not be read as Markdown. Markdig's front-matter
    // block does both without a copy when it takes exactly the block the front-matter reader took (lines 1 to the closing
    // fence); otherwise (a block the reader refused, or Markdig did), the text is parsed again, as a copy with the front matter
    // blanked, keeping its line breaks.
    private static MarkdownDocument ParseMarkdown(string text, LineMap lines, FrontMatter? frontMatter, int bodyStart, bool blankFrontMatter)
    {
        if (!blankFrontMatter)
        {
            var syntax = Markdown.Parse(text, FrontMatterPipeline);
            var block = syntax.Count > 0 ? syntax[0] as YamlFrontMatterBlock : null;
            if (bodyStart == 0 ? block is null : block is not null && block.Span.Start == 0 && frontMatter is { } read && EndsOnLine(block, lines, read.Span.EndLine))
            {
                return syntax;
            }
        }

        return Markdown.Parse(bodyStart == 0 ? text : Blank(text, bodyStart), Pipeline);
    }

    // Markdig's front-matter block ends on its closing fence (or, in older versions, at the line break before it).
    private static bool EndsOnLine(YamlFrontMatterBlock block, LineMap lines, int closingLine) =>
        block.Span.End >= 0 && (lines.LineOf(block.Span.End) == closingLine || block.Span.End + 1 == lines.LineStart(closingLine));

    private static void PushChildren(Stack<MarkdownObject> pending, MarkdownObject node)
    {
        switch (node)
        {
            case ContainerBlock container:
                for (var i = container.Count - 1; i >= 0; i--)
                {
                    pending.Push(container[i]);
                }

                break;
            case LeafBlock { Inline: { } inline }:
                PushInlines(pending, inline);
                break;
        }
    }

    private static void PushInlines(Stack<MarkdownObject> pending, ContainerInline inline)
    {
        for (var child = inline.LastChild; child is not null; child = child.PreviousSibling)
        {
            pending.Push(child);
        }
    }

    private static string Blank(string text, int end) => string.Create(text.Length, (text, end), static (buffer, state) =>
    {
        state.text.AsSpan().CopyTo(buffer);
        for (var i = 0; i < state.end; i++)
        {
            if (buffer[i] != '\n' && buffer[i] != '\r')
            {
                buffer[i] = ' ';
            }
        }
    });

    private static (ImmutableArray<Heading>, ImmutableArray<Section>) ReadSections(MarkdownDocument syntax, string text, LineMap lines, PlanSchema schema, ImmutableArray<string> configuredExtras)
    {
        var titles = ImmutableArray.CreateBuilder<Heading>();
        var sections = ImmutableArray.CreateBuilder<Section>();
        var bindings = new Dictionary<string, (Schema.SectionDescriptor?, SectionMatch)>(StringComparer.Ordinal);
        SectionBuilder? current = null;

        void Close(int end)
        {
            if (current is not null)
            {
                sections.Add(current.Build(text, lines, end));
                current = null;
            }
        }

        foreach (var block in syntax)
        {
            if (block is HeadingBlock { Level: 1 or 2 } heading)
            {
                var range = RangeOf(heading, text.Length);
                Close(range.Start);
                var parsed = ReadHeading(heading, text, lines);
                if (heading.Level == 1)
                {
                    titles.Add(parsed);
                    continue;
                }

                if (!bindings.TryGetValue(parsed.Text, out var binding))
                {
                    binding = schema.Binder.Bind(parsed.Text, configuredExtras);
                    bindings[parsed.Text] = binding;
                }

                var bodyLine = lines.LineOf(range.End) + 1;
                var bodyStart = bodyLine <= lines.LineCount ? Math.Max(range.End, lines.LineStart(bodyLine)) : text.Length;
                current = new SectionBuilder(parsed, binding.Item1, binding.Item2, bodyStart, binding.Item1?.EntryKind is { } kind ? schema.Entry(kind) : null);
                continue;
            }

            current?.Add(block, text, lines);
        }

        Close(text.Length);
        return (titles.ToImmutable(), WithoutAliasRepeats(sections.ToImmutable(), schema));
    }

    // A heading that binds by an alias (`## Overview`, `## Progress Notes`) beside the section under its own title is a section of
    // its own, not a second one of that section: it is unknown (EXP0207), never a repeat (EXP0205).
    private static ImmutableArray<Section> WithoutAliasRepeats(ImmutableArray<Section> sections, PlanSchema schema)
    {
        HashSet<SectionDescriptor>? titled = null;
        foreach (var section in sections)
        {
            if (section.Match == SectionMatch.Exact && section.Descriptor is { } descriptor)
            {
                (titled ??= new(ReferenceEqualityComparer.Instance)).Add(descriptor);
            }
        }

        if (titled is null || !sections.Any(s => s.Match == SectionMatch.NearMiss && s.Descriptor is { } d && titled.Contains(d)))
        {
            return sections;
        }

        return [.. sections.Select(s => s.Match == SectionMatch.NearMiss && s.Descriptor is { } d && titled.Contains(d) && schema.Binder.IsAlias(s.Heading.Text)
            ? s with { Descriptor = null, Match = SectionMatch.Unknown, Entries = [] }
            : s)];
    }

    internal static Heading ReadHeading(HeadingBlock heading, string text, LineMap lines)
    {
        var start = Math.Clamp(heading.Span.Start, 0, text.Length);
        var lineEnd = lines.LineEnd(lines.LineOf(start), text);
        var raw = text.AsSpan(start, Math.Max(0, lineEnd - start));
        var textStart = start;
        if (!heading.IsSetext)
        {
            var hashes = raw.TrimStart(' ');
            var skipped = raw.Length - hashes.Length;
            var level = hashes.Length - hashes.TrimStart('#').Length;
            var rest = hashes[level..];
            var leading = rest.Length - rest.TrimStart().Length;
            textStart = start + skipped + level + leading;
            raw = rest.Trim();
            var closing = raw.TrimEnd('#');
            if (closing.Length < raw.Length && (closing.Length == 0 || closing[^1] == ' '))
            {
                raw = closing.TrimEnd();
            }
        }
        else
        {
            var leading = raw.Length - raw.TrimStart().Length;
            textStart = start + leading;
            raw = raw.Trim();
        }

        var headingText = raw.ToString();
        return new Heading(heading.Level, headingText, lines.SpanOf(start, lineEnd), lines.SpanOf(textStart, textStart + headingText.Length));
    }

    internal static TextRange RangeOf(MarkdownObject node, int length)
    {
        var start = Math.Clamp(node.Span.Start, 0, length);
        var end = Math.Clamp(node.Span.End + 1, start, length); // Markdig spans are end-inclusive.
        return new TextRange(start, end);
    }

    internal static PlanListItem Item(ListItemBlock item, string text, LineMap lines)
    {
        var range = RangeOf(item, text.Length);
        var contentStart = range.Start;
        bool? isChecked = null;
        if (item.Count > 0)
        {
            contentStart = Math.Clamp(item[0].Span.Start, range.Start, range.End);
            if (item[0] is ParagraphBlock { Inline.FirstChild: TaskList task })
            {
                isChecked = task.Checked;
                contentStart = RangeOf(task, text.Length).End;
            }
        }

        var ordered = item.Parent is ListBlock { IsOrdered: true };
        return new PlanListItem(range, lines.SpanOf(range.Start, range.End), contentStart, isChecked, ordered) { ListStart = OutermostList(item, text.Length) };
    }

    // The start of the list that holds the item and is not itself inside a list item (a nested list belongs to its outer one).
    private static int OutermostList(ListItemBlock item, int length)
    {
        Block list = item.Parent ?? (Block)item;
        for (var parent = list.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is ListBlock outer)
            {
                list = outer;
            }
        }

        return RangeOf(list, length).Start;
    }

    private static HtmlFragment Html(MarkdownObject node, string text, LineMap lines, bool isBlock)
    {
        var range = RangeOf(node, text.Length);
        return new HtmlFragment(text.Substring(range.Start, range.Length), range, lines.SpanOf(range.Start, range.End), isBlock);
    }

    private static TextRange FenceContent(FencedCodeBlock fence, LineMap lines, string text, TextRange range)
    {
        var firstLine = lines.LineOf(range.Start);
        var lastLine = lines.LineOf(Math.Max(range.Start, range.End - 1));
        var start = firstLine < lines.LineCount ? lines.LineStart(firstLine + 1) : range.End;
        var end = fence.ClosingFencedCharCount > 0 ? lines.LineStart(lastLine) : range.End;
        return new TextRange(Math.Min(start, range.End), Math.Max(Math.Min(start, range.End), Math.Min(end, range.End)));
    }
}
