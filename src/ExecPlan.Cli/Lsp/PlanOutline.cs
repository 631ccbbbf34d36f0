using System.Collections.Immutable;
using ExecPlan.Configuration;
using ExecPlan.Linting;
using ExecPlan.Model;
using DocumentSymbol = ExecPlan.Cli.Lsp.Protocol.DocumentSymbol;
using Range = ExecPlan.Cli.Lsp.Protocol.Range;

namespace ExecPlan.Cli.Lsp;

/// <summary>The outline of a plan: its title, the sections under it (named by their headings, with the schema section they count as), their subsections.</summary>
internal static class PlanOutline
{
    // LSP symbol kinds: what Markdown outlines use for headings.
    private const int File = 1;
    private const int String = 15;

    /// <summary>The document's symbols; empty when it cannot be parsed.</summary>
    public static DocumentSymbol[] Of(OpenDocument document, ExecPlanConfig config)
    {
        var plan = PlanLinter.Parse(document.Path ?? "plan.md", document.PlanText, config);
        if (plan is null)
        {
            return [];
        }

        var sections = plan.Sections.Select(s => Section(s, document)).ToArray();
        if (plan.Titles.Length != 1 || plan.Sections.Any(s => s.Heading.Span.Line < plan.Titles[0].Span.Line))
        {
            // No title or several: titles and sections side by side, in file order.
            return [.. plan.Titles.Select(t => Symbol(t, null, File, Line(t.Span.Line, document), document, null))
                .Concat(sections).OrderBy(s => s.Range.Start.Line)];
        }

        var title = plan.Titles[0];
        var whole = new Range(LspRanges.PositionOf(document.Lines.LineStart(title.Span.Line), document), LspRanges.PositionOf(document.PlanText.Length, document));
        return [Symbol(title, null, File, whole, document, sections)];
    }

    private static DocumentSymbol Section(Section section, OpenDocument document)
    {
        var start = document.Lines.LineStart(section.Heading.Span.Line);
        var range = new Range(LspRanges.PositionOf(start, document), LspRanges.PositionOf(section.Body.End, document));
        var detail = section.Descriptor is { } d && !string.Equals(d.Title, section.Heading.Text, StringComparison.Ordinal) ? d.Title : null;
        var subsections = Subsections(section.Subsections, range, document);
        return Symbol(section.Heading, detail, String, range, document, subsections.Length == 0 ? null : subsections);
    }

    // Each H3 runs to the next one or the end of its section.
    private static DocumentSymbol[] Subsections(ImmutableArray<Heading> headings, Range section, OpenDocument document) =>
        [.. headings.Select((h, i) => Symbol(h, null, String, new Range(
            LspRanges.PositionOf(document.Lines.LineStart(h.Span.Line), document),
            i + 1 < headings.Length ? LspRanges.PositionOf(document.Lines.LineStart(headings[i + 1].Span.Line), document) : section.End), document, null))];

    private static DocumentSymbol Symbol(Heading heading, string? detail, int kind, Range range, OpenDocument document, DocumentSymbol[]? children) =>
        new(heading.Text.Length > 0 ? heading.Text : "(untitled)", detail, kind, range, LspRanges.Of(heading.Span, document), children);

    private static Range Line(int line, OpenDocument document) =>
        new(LspRanges.PositionOf(document.Lines.LineStart(line), document), LspRanges.PositionOf(document.Lines.LineEnd(line, document.PlanText), document));
}
