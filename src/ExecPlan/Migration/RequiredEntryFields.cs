using System.Text.RegularExpressions;
using ExecPlan.Diagnostics;
using ExecPlan.Fixes;
using ExecPlan.Model;
using ExecPlan.Rules.Schema;
using ExecPlan.Schema;
using ExecPlan.Text;

namespace ExecPlan.Migration;

/// <summary>
/// Gives each entry of a living section the fields its kind requires (EXP0501, EXP0502), read off the migrated plan as the rules read
/// it. A plain bullet of the Decision Log is a decision written without its labels: its text becomes the `Decision:` the section's
/// template writes after the timestamp, and every other required field it lacks is a line of its own under it, the template's line
/// for that field (`Rationale: &lt;why&gt;`, a placeholder: only a person knows why). The author is the one migration writes on every
/// entry it stamps (the owner). Fields the kind only recommends stay warnings: asking for them is the rule's job, not migration's.
/// </summary>
internal static partial class RequiredEntryFields
{
    private static PlanSchema Target => PlanSchemas.ExecPlan;

    /// <summary>The text with the missing required fields of every living entry written in; Progress items and criteria are migrated elsewhere.</summary>
    public static string Complete(string path, string text, string owner)
    {
        var document = PlanParser.Parse(path, text, Target);
        var edits = new List<TextEdit>();
        foreach (var section in document.Sections)
        {
            if (section.Descriptor is not { EntryKind: { } kindName } descriptor || Target.Entry(kindName) is not { LeadingField: null } kind
                || descriptor == Target.Section(SchemaRoles.Progress))
            {
                continue;
            }

            // An entry starts where its item does: looked up, not searched, so that a section of many items stays linear.
            var template = descriptor.Template.TrimEnd('\n').Split('\n');
            var entries = section.Entries.GroupBy(e => e.Range.Start).ToDictionary(g => g.Key, g => g.First());
            foreach (var item in section.Items)
            {
                if (entries.TryGetValue(item.Range.Start, out var entry))
                {
                    edits.AddRange(Fill(document, item, entry, kind, template, owner));
                }
            }
        }

        return edits.Count == 0 ? text : MigrationEdits.Apply(text, edits);
    }

    private static IEnumerable<TextEdit> Fill(PlanDocument document, PlanListItem item, Entry entry, EntryDescriptor kind, string[] template, string owner)
    {
        var text = document.Text;
        var missing = kind.Fields
            .Where(f => f.Severity == Severity.Error && f.RequiredAt(Target.DefaultLevel))
            .Where(f => entry.Field(f.Names.AsSpan()) is not { Value.Length: > 0 } && !f.Alternatives.Any(a => entry.Field(a) is { Value.Length: > 0 }))
            .ToList();
        if (missing.Count == 0 || EntryChecks.IsNone(StampedText(text, item)))
        {
            yield break;
        }

        // The field the template writes right after the timestamp is the entry's own text: its label goes in front of that text.
        if (missing.FirstOrDefault(f => InlineAfterTimestamp(template[0], f.Name)) is { } inline)
        {
            missing.Remove(inline);
            yield return FixText.Insert(document, TextStart(text, item), inline.Name + ": ");
        }

        if (missing.Count == 0)
        {
            yield break;
        }

        // The other fields as lines of their own, at the item's indentation, after its first paragraph (a wrapped line or a field
        // line continues it; a blank line, a nested list or a fence ends it), so that no line of the entry's own text moves.
        var lines = document.Lines;
        var first = lines.LineOf(item.ContentStart);
        var last = lines.LineOf(Math.Max(item.ContentStart, item.Range.End - 1));
        var end = first;
        while (end < last && IsParagraphLine(text[lines.LineStart(end + 1)..lines.LineEnd(end + 1, text)]))
        {
            end++;
        }

        var indent = new string(' ', item.ContentStart - lines.LineStart(first));
        var at = FixText.NextLineStart(document, lines.LineStart(end));
        var author = Target.EntryField(SchemaRoles.Author);
        var written = string.Concat(missing.Select(f => indent + f.Name + ": " + (f.Name == author ? owner : TemplateValue(template, f.Name)) + "\n"));
        yield return FixText.Insert(document, at, (at == text.Length && !text.EndsWith('\n') ? "\n" : string.Empty) + written);
    }

    // The item's text after its marker and a leading timestamp with the ` - ` migration writes after it.
    private static string StampedText(string text, PlanListItem item) => text[TextStart(text, item)..item.Range.End];

    private static int TextStart(string text, PlanListItem item)
    {
        var start = item.ContentStart;
        if (TimestampScanner.MatchAt(text, start) is { } stamp)
        {
            start = stamp.End;
            while (start < text.Length && text[start] is ' ' or '-' or '–' or '—')
            {
                start++;
            }
        }

        return start;
    }

    // Whether the template's first line writes the field right after its timestamp: `- 2025-11-22T14:00:00Z - Decision: <what>`.
    internal static bool InlineAfterTimestamp(string templateLine, string field)
    {
        var line = templateLine.TrimStart(' ', '-', '*', '+');
        var stamp = TimestampScanner.MatchAt(line, 0);
        return stamp is not null && line[stamp.End..].TrimStart(' ', '-').StartsWith(field + ":", StringComparison.Ordinal);
    }

    // The template's value for the field (`<why>` of `Rationale: <why>`, `<file/command>` of `(Evidence: <file/command>)`); a bare
    // placeholder of the field's name when the template writes none.
    private static string TemplateValue(string[] template, string field)
    {
        foreach (var line in template)
        {
            if (TemplateField().Matches(line).FirstOrDefault(m => m.Groups["name"].Value == field) is { } match)
            {
                return match.Groups["value"].Value.Trim();
            }
        }

        return $"<{field.ToLowerInvariant()}>";
    }

    private static bool IsParagraphLine(string line)
    {
        var trimmed = line.TrimStart();
        return trimmed.Length > 0 && !ListMarker().IsMatch(trimmed) && !trimmed.StartsWith("```", StringComparison.Ordinal) && !trimmed.StartsWith("~~~", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9/])(?<name>[A-Z][A-Za-z/ &-]*?):\s*(?<value>[^;)\n]*)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TemplateField();

    [GeneratedRegex(@"^(?:[-*+]|\d{1,9}[.)])(?:\s|$)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ListMarker();
}
