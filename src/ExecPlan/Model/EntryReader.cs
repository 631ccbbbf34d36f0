using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ExecPlan.Schema;

namespace ExecPlan.Model;

/// <summary>Reads a section's list items as entries of the section's kind, in both forms the ExecPlan format writes them: one line with parenthesised fields, or indented `Field:` lines.</summary>
internal static partial class EntryReader
{
    private static readonly ConcurrentDictionary<string, string[]> FieldNames = new(StringComparer.Ordinal);

    /// <summary>The entries of the items; entries with a leading field (criteria, snapshots) absorb the items that follow until the next leading field.</summary>
    public static ImmutableArray<Entry> Read(string text, LineMap lines, EntryDescriptor kind, ImmutableArray<PlanListItem> items)
    {
        var entries = ImmutableArray.CreateBuilder<Entry>();
        var names = Names(kind);
        var found = new List<(int Start, int ValueStart)>();
        Entry? open = null;
        foreach (var item in items)
        {
            var fields = ReadFields(text, lines, item, kind, names, found);
            var startsEntry = kind.LeadingField is null
                || open is null
                || LeadsEntry(text, lines, item, fields, kind.LeadingField);
            if (!startsEntry)
            {
                open = open! with { Range = open.Range with { End = item.Range.End }, Fields = open.Fields.AddRange(fields) };
                entries[^1] = open;
                continue;
            }

            var (timestamp, timestampSpan) = LeadingTimestamp(text, lines, item);
            open = new Entry(kind.Name, item.Range, lines.SpanOf(item.Range.Start, item.ContentStart), timestamp, timestampSpan, fields, item.Checked);
            entries.Add(open);
        }

        return entries.ToImmutable();
    }

    // Whether the item holds the leading field as its first field (a loop: a lambda here made two objects per list item).
    private static bool LeadsEntry(string text, LineMap lines, PlanListItem item, ImmutableArray<EntryField> fields, string leadingField)
    {
        foreach (var field in fields)
        {
            if (string.Equals(field.Name, leadingField, StringComparison.OrdinalIgnoreCase) && IsFirstField(text, item, field, lines))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFirstField(string text, PlanListItem item, EntryField field, LineMap lines) =>
        lines.LineOf(item.ContentStart) == field.Span.Line;

    private static ImmutableArray<EntryField> ReadFields(string text, LineMap lines, PlanListItem item, EntryDescriptor kind, string[] names, List<(int Start, int ValueStart)> found)
    {
        var body = text.AsSpan(item.ContentStart, Math.Max(0, item.Range.End - item.ContentStart));
        found.Clear();
        FieldSyntax.Fields(body, names, found);
        if (found.Count == 0)
        {
            return [];
        }

        var fields = ImmutableArray.CreateBuilder<EntryField>(found.Count);
        for (var i = 0; i < found.Count; i++)
        {
            var (start, valueStart) = found[i];
            var label = body.Slice(start, body[start..valueStart].IndexOf(':'));
            // A note in parentheses qualifies the field (`Evidence (local):`); the name is what stands before it.
            var note = label.IndexOf('(');
            var name = Canonical(kind, (note >= 0 ? label[..note] : label).Trim().Trim('*').Trim('_').Trim().ToString());
            var end = i + 1 < found.Count ? found[i + 1].Start : body.Length;
            var lineBreak = body[valueStart..end].IndexOfAny('\r', '\n');
            var valueEnd = lineBreak >= 0 ? valueStart + lineBreak : end;
            var value = Clean(body[valueStart..valueEnd]);
            if (value.Length == 0 && lineBreak >= 0)
            {
                // `Rationale:` alone on its line, the value on the indented lines under it, up to the next field.
                valueEnd = end;
                value = Clean(body[valueStart..valueEnd]);
            }

            fields.Add(new EntryField(name, value, lines.SpanOf(item.ContentStart + start, item.ContentStart + valueEnd)));
        }

        return fields.MoveToImmutable();
    }

    private static string Canonical(EntryDescriptor kind, string written)
    {
        foreach (var field in kind.Fields)
        {
            if (string.Equals(field.Name, written, StringComparison.OrdinalIgnoreCase))
            {
                return field.Name;
            }

            foreach (var alias in field.Aliases)
            {
                if (string.Equals(alias, written, StringComparison.OrdinalIgnoreCase))
                {
                    return alias;
                }
            }
        }

        return written;
    }

    // Values end at a closing parenthesis or a semicolon of the inline form; emphasis around them is not content.
    private static string Clean(ReadOnlySpan<char> value)
    {
        var text = value.Trim();
        while (text.Length > 0)
        {
            // The `)` that closes `(Owner: x)`, and a full stop after it (`(Owner: x).` ends a sentence).
            var closes = text[^1] is ')' or ';' or ',' && !Balanced(text);
            var endsSentence = text.Length > 1 && text[^1] is '.' or '!' or '?' && text[^2] == ')' && !Balanced(text[..^1]);
            if (!closes && !endsSentence)
            {
                break;
            }

            text = text[..^1].TrimEnd();
        }

        return text.Trim("*_ ").ToString();
    }

    private static bool Balanced(ReadOnlySpan<char> text) => text.Count('(') >= text.Count(')') && text[^1] != ';' && text[^1] != ',';

    private static (string? Text, Diagnostics.SourceSpan Span) LeadingTimestamp(string text, LineMap lines, PlanListItem item)
    {
        var lineEnd = lines.LineEnd(lines.LineOf(item.ContentStart), text);
        var first = text.AsSpan(item.ContentStart, Math.Max(0, lineEnd - item.ContentStart));
        var match = LeadingDateTime().Match(first.ToString());
        if (!match.Success)
        {
            return (null, lines.SpanOf(item.ContentStart, item.ContentStart));
        }

        var group = match.Groups["ts"];
        var start = item.ContentStart + group.Index;
        return (group.Value, lines.SpanOf(start, start + group.Length));
    }

    // The kind's field names and aliases, longest first.
    internal static string[] Names(EntryDescriptor kind) => FieldNames.GetOrAdd(kind.Name, _ =>
    [
        .. kind.Fields
            .SelectMany(f => f.Aliases.Add(f.Name))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(n => n.Length),
    ]);

    // A date-time (or date) at the start of an entry, possibly in bold or backticks; validity is the timestamp rules' business.
    [GeneratedRegex(@"^[ \t]*(?:\*\*|__|`)?(?<ts>\d{4}-\d{2}-\d{2}(?:[Tt ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})?)?)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LeadingDateTime();
}
