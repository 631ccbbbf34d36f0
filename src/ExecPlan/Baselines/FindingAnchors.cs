using System.Collections.Immutable;
using System.Globalization;
using ExecPlan.Diagnostics;
using ExecPlan.Model;
using ExecPlan.Rules.Secrets;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Baselines;

/// <summary>Gives each finding of a plan its <see cref="FindingAnchor"/>, while the plan's text is at hand.</summary>
internal static class FindingAnchors
{
    /// <summary>The findings of a parsed plan, anchored to its sections and lines (a line is hashed as <paramref name="redaction"/> leaves it).</summary>
    public static ImmutableArray<Diagnostic> Attach(ImmutableArray<Diagnostic> diagnostics, PlanDocument document, SecretRedaction redaction) =>
        Attach(diagnostics, document.Text, document.Lines, line => SectionOf(document, line), redaction);

    /// <summary>The findings of a plan that could not be parsed: anchored to their lines only.</summary>
    public static ImmutableArray<Diagnostic> Attach(ImmutableArray<Diagnostic> diagnostics, string text, SecretRedaction redaction) =>
        diagnostics.IsDefaultOrEmpty ? diagnostics : Attach(diagnostics, text, new LineMap(text), _ => string.Empty, redaction);

    // A line is hashed as redacted: a secret on it (a password in a URL) never becomes a hash that could be tried offline,
    // and rotating the secret does not make the line's findings new.
    private static ImmutableArray<Diagnostic> Attach(ImmutableArray<Diagnostic> diagnostics, string text, LineMap lines, Func<int, string> sectionOf, SecretRedaction redaction)
    {
        if (diagnostics.IsDefaultOrEmpty)
        {
            return diagnostics;
        }

        var anchored = ImmutableArray.CreateBuilder<Diagnostic>(diagnostics.Length);
        var lastLine = -1;
        FindingAnchor anchor = default;
        foreach (var diagnostic in diagnostics)
        {
            // A finding that stands for several places came with its anchor (entries that all lack the same fields).
            if (diagnostic.Anchor is not null)
            {
                anchored.Add(diagnostic);
                continue;
            }

            // A missing part is reported where it belongs, on a neighbour's line: what identifies it is what is missing.
            if (diagnostic.Rule.PlacedWhereMissing)
            {
                anchored.Add(diagnostic with { Anchor = FindingAnchor.Of(string.Empty, diagnostic.Message) });
                continue;
            }

            // A finding of the whole file (no front matter, its name) is at the file's start, not on its first line, and the count
            // of a rule's findings past the cap (EXP0010) stands at whichever finding came first past it: neither keeps a line
            // anchor, so a line added at the top or one finding fixed does not make it new.
            var line = diagnostic.Span.Line;
            if (line < 1 || line > lines.LineCount || diagnostic.Span == SourceSpan.FileStart || diagnostic.Id == RuleIds.TooManyFindings)
            {
                anchored.Add(diagnostic);
                continue;
            }

            // Findings come sorted by position: several on one line share its anchor.
            if (line != lastLine)
            {
                var start = lines.LineStart(line);
                var lineText = text.AsSpan(start, lines.LineEnd(line, text) - start);
                anchor = redaction.IsEmpty ? FindingAnchor.Of(sectionOf(line), lineText) : FindingAnchor.Of(sectionOf(line), redaction.Redact(lineText.ToString()));
                lastLine = line;
            }

            anchored.Add(diagnostic with { Anchor = anchor });
        }

        return anchored.MoveToImmutable();
    }

    // The section whose heading or body holds the line: its schema title, or a hash of an unknown heading (plan text never
    // leaves in a baseline); the front matter; or nothing (the title and what comes before the first section).
    private static string SectionOf(PlanDocument document, int line)
    {
        if (document.FrontMatter is { } frontMatter && line >= frontMatter.Span.Line && line <= frontMatter.Span.EndLine)
        {
            return FindingAnchor.FrontMatter;
        }

        var sections = document.Sections;
        int low = 0, high = sections.Length - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            if (sections[mid].Heading.Span.Line <= line)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        if (found < 0)
        {
            return string.Empty;
        }

        var section = sections[found];
        if (section.Body.End < document.Text.Length && document.Lines.LineStart(line) >= section.Body.End)
        {
            return string.Empty; // after the section's end: under a later H1
        }

        return section.Descriptor?.Title ?? "#" + FindingAnchor.Hash(section.Heading.Text).ToString("x16", CultureInfo.InvariantCulture);
    }
}
