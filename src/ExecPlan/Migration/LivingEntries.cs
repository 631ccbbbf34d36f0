using System.Text;
using System.Text.RegularExpressions;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Migration;

/// <summary>The living sections' entries in the ExecPlan's form: Progress items, Decision Log entries and Surprises, each with a leading timestamp.</summary>
internal static partial class LivingEntries
{
    private static PlanSchema Target => PlanSchemas.ExecPlan;

    /// <summary>The section with its entries migrated when it is a living section with entries; as it was otherwise.</summary>
    public static MigratedSection Migrate(SectionDescriptor descriptor, string heading, string body, EntryStamps stamps) =>
        descriptor == Target.Section(SchemaRoles.Progress) ? Progress(descriptor, heading, body, stamps)
        : descriptor == Target.Section(SchemaRoles.Decisions) ? new MigratedSection(descriptor, heading, Entries(Bulleted(body, SchemaRoles.Decisions), stamps, Decision, EntryFields(descriptor)), null)
        : descriptor == Target.Section(SchemaRoles.Surprises) ? new MigratedSection(descriptor, heading, Entries(Bulleted(body, SchemaRoles.Surprises), stamps, Surprise, EntryFields(descriptor)), null)
        : descriptor == Target.Section(SchemaRoles.Acceptance) ? new MigratedSection(descriptor, heading, Criteria(descriptor, body), null)
        : new MigratedSection(descriptor, heading, body, null);

    // Entries written as paragraphs (`Decision: ...` then `Rationale: ...` on the next lines, as the cookbook format reads them) made
    // list items, each line after the first indented under it, so that they are migrated as the bulleted ones are.
    private static string Bulleted(string body, string role)
    {
        if (PlanSchemas.Cookbook.Section(role)?.EntryKind is not { } kind || PlanSchemas.Cookbook.Entry(kind)?.LeadingField is not { } leading)
        {
            return body;
        }

        var lines = body.Split('\n');
        var changed = false;
        var inFence = false;
        var afterEntry = false; // the line before ended an entry made here: a leading field right under it starts the next
        for (var i = 0; i < lines.Length; i++)
        {
            if (IsFence(lines[i]))
            {
                inFence = !inFence;
                afterEntry = false;
                continue;
            }

            if (inFence || !StartsWithLeadingField(lines[i], leading) || (i > 0 && lines[i - 1].Trim().Length > 0 && !afterEntry))
            {
                afterEntry = false;
                continue;
            }

            // The paragraph's lines under the field, up to a blank line or what ends a paragraph (a fence, a heading, a bullet,
            // HTML) or the next entry's field.
            lines[i] = "- " + lines[i];
            for (; i + 1 < lines.Length && ContinuesParagraph(lines[i + 1], leading); i++)
            {
                lines[i + 1] = "  " + lines[i + 1];
            }

            afterEntry = true;
            changed = true;
        }

        return changed ? string.Join('\n', lines) : body;
    }

    private static bool ContinuesParagraph(string line, string leading) =>
        line.Trim().Length > 0 && !Bullet().IsMatch(line) && !line.TrimStart().StartsWith('#') && !line.TrimStart().StartsWith('<')
        && !IsFence(line) && !StartsWithLeadingField(line, leading);

    // A code fence's opening or closing line: three backticks or tildes, indented by at most three spaces.
    private static bool IsFence(string line)
    {
        var text = line.AsSpan();
        var indent = text.Length - text.TrimStart(' ').Length;
        text = text.TrimStart(' ');
        return indent <= 3 && (text.StartsWith("```", StringComparison.Ordinal) || text.StartsWith("~~~", StringComparison.Ordinal));
    }

    // `Decision: ...` or `**Decision:** ...` at the start of a line, not indented.
    private static bool StartsWithLeadingField(string line, string leading)
    {
        if (line.Length == 0 || char.IsWhiteSpace(line[0]))
        {
            return false;
        }

        var text = line.AsSpan().TrimStart("*_");
        return text.StartsWith(leading, StringComparison.OrdinalIgnoreCase) && text[leading.Length..].TrimStart("*_ ") is [':', ..];
    }

    private static MigratedSection Progress(SectionDescriptor descriptor, string heading, string body, EntryStamps stamps)
    {
        var lines = body.Split('\n');
        string? nextAction = null;
        var (done, open) = (0, 0);
        for (var i = 0; i < lines.Length; i++)
        {
            if (TaskItem().Match(lines[i]) is not { Success: true } item)
            {
                continue;
            }

            var isOpen = item.Groups["box"].Value == " ";
            (done, open) = isOpen ? (done, open + 1) : (done + 1, open);
            var text = item.Groups["text"].Value;
            if (!EntryStamps.HasLeadingTimestamp(text))
            {
                var (instant, rest) = stamps.Take(text);
                text = $"{PlanMigration.Timestamp(instant)} - {rest}";
            }

            var owner = Target.EntryField(SchemaRoles.Owner);
            if (!NamesOwner(descriptor, text))
            {
                text += $" ({owner}: {stamps.Owner})";
            }

            nextAction ??= isOpen ? ItemText(text) : null;
            lines[i] = item.Groups["lead"].Value + text;
        }

        var status = open > 0 ? PlanStatus.InProgress : done > 0 ? PlanStatus.Done : PlanStatus.Draft;
        var head = new StringBuilder();
        var statusField = Target.LineField(SchemaRoles.Status)!;
        var nextField = Target.LineField(SchemaRoles.NextAction)!;
        if (!HasLineField(lines, statusField))
        {
            head.Append(statusField).Append(": ").Append(status.ToText()).Append('\n');
        }

        if (!HasLineField(lines, nextField))
        {
            head.Append(nextField).Append(": ").Append(nextAction ?? MigrationText.NoNextAction).Append('\n');
        }

        var migrated = (head.Length > 0 ? head.Append('\n').ToString() : string.Empty) + string.Join('\n', lines);
        return new MigratedSection(descriptor, heading, migrated.Trim('\n'), status);
    }

    // An item's own words, for Next Action: without its leading timestamp and the owner migration added.
    private static string ItemText(string text)
    {
        var dash = text.IndexOf(" - ", StringComparison.Ordinal);
        var words = dash < 0 ? text : text[(dash + 3)..];
        return OwnerSuffix().Replace(words, string.Empty).Trim();
    }

    private static bool NamesOwner(SectionDescriptor progress, string text) =>
        progress.EntryKind is { } kind && Target.Entry(kind) is { } item
        && item.Fields.Any(f => f.Aliases.Prepend(f.Name).Any(n => text.Contains(n + ":", StringComparison.OrdinalIgnoreCase)));

    private static bool HasLineField(string[] lines, string name) =>
        lines.Any(l => l.TrimStart('*', ' ').StartsWith(name, StringComparison.OrdinalIgnoreCase)
            && l.TrimStart('*', ' ')[name.Length..].TrimStart('*').StartsWith(':'));

    // Each top-level bullet of the section with the lines that continue it, rewritten by one entry kind's rule. A bullet that starts with
    // one of the entry's later fields (`- Rationale: ...` after `- Decision: ...`) is the previous entry's field, written on its own line.
    private static string Entries(string body, EntryStamps stamps, Func<List<string>, EntryStamps, List<string>> migrate, IReadOnlyList<string>? fields = null)
    {
        var lines = body.Split('\n');
        var output = new List<string>();
        var section = stamps;
        var inFence = false;
        for (var i = 0; i < lines.Length;)
        {
            // A code block is left as written: a `- a` line in it is YAML or a diff, not an entry.
            if (IsFence(lines[i]) || inFence)
            {
                inFence ^= IsFence(lines[i]);
                output.Add(lines[i++]);
                continue;
            }

            if (!Bullet().IsMatch(lines[i]))
            {
                // An entry written as a subsection (`### 2026-04-24 — Option A wins`): the bullets under it without a time of their own
                // were written that day, not at the file's last commit.
                if (lines[i].StartsWith("###", StringComparison.Ordinal))
                {
                    var heading = lines[i].TrimStart('#').Trim();
                    var (instant, rest) = section.Take(heading);
                    stamps = rest == heading ? section : section with { Fallback = instant };
                }

                output.Add(lines[i++]);
                continue;
            }

            var entry = new List<string> { lines[i++] };
            while (i < lines.Length && (IsContinuation(lines[i]) || (fields is not null && StartsWithField(lines[i], NotYetIn(entry, fields)))))
            {
                entry.Add(IsContinuation(lines[i]) ? lines[i++] : "  " + lines[i++][Bullet().Match(lines[i - 1]).Length..]);
            }

            output.AddRange(migrate(entry, stamps));
        }

        return string.Join('\n', output);
    }

    // The fields the entry does not hold yet: a second `- Decision:` starts the next entry.
    private static string[] NotYetIn(List<string> entry, IReadOnlyList<string> fields) =>
        [.. fields.Where(f => !entry.Any(line => line.Contains(f + ":", StringComparison.OrdinalIgnoreCase)))];

    private static bool IsContinuation(string line) => line.Length > 0 && char.IsWhiteSpace(line[0]);

    private static bool StartsWithField(string line, IReadOnlyList<string> fields) =>
        Bullet().Match(line) is { Success: true } bullet
        && fields.Any(f => line.AsSpan(bullet.Length).TrimStart("* ").StartsWith(f, StringComparison.OrdinalIgnoreCase)
            && line.AsSpan(bullet.Length).TrimStart("* ")[f.Length..].TrimStart('*').StartsWith(":"));

    // The fields of an entry kind with their aliases: a bullet of its own that starts with one the entry before lacks belongs to it.
    // Not the field the template writes right after the timestamp (`- <time> - Decision: ...`): that one starts an entry, also after
    // a plain bullet that never wrote it.
    private static string[] EntryFields(SectionDescriptor descriptor) =>
        descriptor.EntryKind is { } kind && Target.Entry(kind) is { } entry
            ? [.. entry.Fields.Where(f => !RequiredEntryFields.InlineAfterTimestamp(descriptor.Template.Split('\n')[0], f.Name)).SelectMany(f => f.Aliases.Prepend(f.Name))]
            : [];

    // A criterion of the cookbook is a sentence; the ExecPlan's names it and the command that shows it: the sentence becomes the leading
    // field, and the template's own lines under it ask for the command and its output (placeholders, EXP0212).
    private static string Criteria(SectionDescriptor descriptor, string body)
    {
        if (descriptor.EntryKind is not { } kind || Target.Entry(kind)?.LeadingField is not { } leading)
        {
            return body;
        }

        var template = descriptor.Template.TrimEnd('\n').Split('\n');
        var lines = body.Split('\n');
        var output = new List<string>();
        for (var i = 0; i < lines.Length;)
        {
            if (ListItem().Match(lines[i]) is not { Success: true } item || StartsWithField(lines[i], [leading]))
            {
                output.Add(lines[i++]);
                continue;
            }

            output.Add($"- {leading}: {lines[i++][item.Length..]}");
            while (i < lines.Length && IsContinuation(lines[i]))
            {
                output.Add(lines[i++]);
            }

            output.AddRange(template.Skip(1));
        }

        return string.Join('\n', output);
    }

    // `Date/Author: 2025-10-01 13:00Z / codex` gives the leading timestamp and `Author: codex`.
    private static List<string> Decision(List<string> entry, EntryStamps stamps)
    {
        var bullet = Bullet().Match(entry[0]);
        var first = entry[0][bullet.Length..];
        if (EntryStamps.HasLeadingTimestamp(first))
        {
            return entry;
        }

        var instant = stamps.Fallback;
        var author = Target.EntryField(SchemaRoles.Author)!;
        for (var i = 0; i < entry.Count; i++)
        {
            var line = i == 0 ? first : entry[i];
            if (DateAuthor().Match(line) is { Success: true } field)
            {
                var (time, rest) = stamps.Take(field.Groups["value"].Value, anywhere: true);
                instant = time;
                var who = rest.Trim().Trim('/', ',', ';', '-').Trim();
                var rewritten = field.Groups["lead"].Value + (who.Length == 0 ? string.Empty : $"{author}: {who}");
                if (i == 0)
                {
                    first = rewritten.Length == 0 ? first : rewritten;
                }
                else
                {
                    entry[i] = rewritten.Trim().Length == 0 ? entry[i] : rewritten;
                }
            }
        }

        entry[0] = bullet.Value + PlanMigration.Timestamp(instant) + " - " + first;
        return entry;
    }

    private static List<string> Surprise(List<string> entry, EntryStamps stamps)
    {
        var bullet = Bullet().Match(entry[0]);
        var first = entry[0][bullet.Length..];
        if (!EntryStamps.HasLeadingTimestamp(first))
        {
            var (instant, rest) = stamps.Take(first);
            entry[0] = bullet.Value + PlanMigration.Timestamp(instant) + " - " + rest;
        }

        return entry;
    }

    [GeneratedRegex(@"^(?<lead>[-*+] \[(?<box>[ xX])\] )(?<text>.*)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TaskItem();

    [GeneratedRegex(@"^(?:[-*+]|\d{1,3}[.)]) ", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^[-*+] (?!\[[ xX]\])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(?<lead>\s*(?:[-*+]\s+)?)\**Date\s*/\s*Author\**\s*:\**\s*(?<value>.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex DateAuthor();

    [GeneratedRegex(@"\s*\((?:Owner|Author):[^)]*\)\s*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OwnerSuffix();
}
