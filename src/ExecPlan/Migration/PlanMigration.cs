using System.Text;
using ExecPlan.Fixes;
using ExecPlan.Model;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Migration;

/// <summary>
/// Turns the text of a cookbook plan into an ExecPlan: front matter from the file's history, the `PLAN:` title, the schema's headings in
/// the schema's order, stamped and owned living entries, and the missing required sections from the schema's templates. Nothing of the
/// original text is dropped: sections the ExecPlan schema does not know follow its own.
/// </summary>
public static class PlanMigration
{
    private static PlanSchema Target => PlanSchemas.ExecPlan;

    /// <summary>Whether the text already is an ExecPlan (front matter with every field migration writes): migrating it would change nothing.</summary>
    public static bool IsExecPlan(string path, string text) =>
        PlanParser.Parse(path, text, Target).FrontMatter is { } front && FrontMatterRoles.All(r => Target.FrontMatterField(r) is { } name && front.ValueOf(name) is not null);

    private static readonly string[] FrontMatterRoles = [SchemaRoles.Id, SchemaRoles.Status, SchemaRoles.Owner, SchemaRoles.Created, SchemaRoles.Updated, SchemaRoles.Profile];

    /// <summary>The migrated text of the plan at <paramref name="path"/> in the file's own newline style.</summary>
    public static string Migrate(string path, string text, FileHistory history, string? owner)
    {
        var newline = FixText.Newline(text);
        var lf = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

        // What the codex-strict profile does not take (checkboxes outside Progress, tables, HTML) is written the prose-first way before
        // the sections are rebuilt, so that a bullet made from a table or a checkbox in a living section is migrated as that section's entry.
        lf = HtmlCodeSpans.Rewrite(path, TableBullets.Rewrite(path, TaskItemBullets.Rewrite(path, lf)));
        var document = PlanParser.Parse(path, lf, Target);
        var who = owner ?? (history.Author is { } author ? Slug.Of(author) : null) ?? MigrationText.UnknownOwner;
        var stamps = new EntryStamps(history.Updated, who);

        var parts = Parts(document, stamps);
        var progress = Target.Section(SchemaRoles.Progress);
        var status = parts.FirstOrDefault(p => p.Descriptor == progress)?.Status ?? PlanStatus.Draft;

        var output = new StringBuilder();
        output.Append(FrontMatterText(document, path, history, who, status));
        output.Append('\n').Append("# ").Append(Target.Data.TitlePrefix).Append(TitleOf(document, path)).Append("\n\n");
        if (Preamble(document) is { Length: > 0 } preamble)
        {
            output.Append(preamble).Append("\n\n");
        }

        foreach (var part in parts)
        {
            output.Append("## ").Append(part.Heading).Append("\n\n");
            if (part.Body.Length > 0)
            {
                output.Append(part.Body).Append("\n\n");
            }
        }

        // What the rules read in entries and prose, settled on the plan as they will read it: the fields an entry requires, a command
        // for Validation & Acceptance, RFC 3339 for every date-time left (stamps migration wrote itself already are).
        var migrated = output.ToString().TrimEnd('\n') + "\n";
        migrated = RequiredEntryFields.Complete(path, migrated, who);
        migrated = AcceptanceCommand.Ensure(path, migrated);
        migrated = ZonedTimestamps.Rewrite(path, migrated, history.Offset);
        migrated = ConditionalSections.Ensure(path, migrated, Target);
        migrated = ResearchSnapshots.Ensure(path, migrated, Target);
        return FixText.InNewline(migrated, newline);
    }

    // The sections in the schema's order (missing required ones from their templates), then every other section as it was.
    private static List<MigratedSection> Parts(PlanDocument document, EntryStamps stamps)
    {
        var known = new List<(int Order, MigratedSection Part)>();
        var others = new List<MigratedSection>();

        // A section written under two headings (`## 1. Objective`, `## 2. Goals`) becomes one: the second heading is an H3 in it,
        // never a second `## Purpose / Big Picture`. A heading renamed with a note keeps what it said in a comment.
        var merged = new Dictionary<SectionDescriptor, StringBuilder>(ReferenceEqualityComparer.Instance);
        var slots = new List<(SectionDescriptor Descriptor, MigratedSection? Part)>(); // in the plan's order: a part, or a merged section
        foreach (var section in document.Sections)
        {
            var body = document.TextOf(section.Body).Trim('\n');
            if (section.Descriptor is { IsExtra: false } descriptor)
            {
                if (section.Match == SectionMatch.Part)
                {
                    slots.Add((descriptor, LivingEntries.Migrate(descriptor, section.Heading.Text, body, stamps)));
                }
                else if (merged.TryGetValue(descriptor, out var first))
                {
                    first.Append(first.Length > 0 ? "\n\n" : string.Empty).Append("### ").Append(section.Heading.Text).Append("\n\n").Append(body);
                }
                else
                {
                    var text = new StringBuilder();
                    if (section.Match == SectionMatch.NearMiss && section.Heading.Text.IndexOfAny(['(', '（']) >= 0)
                    {
                        text.Append("<!-- ").Append(MigrationText.HeadingWas).Append(section.Heading.Text.Replace("--", "- -", StringComparison.Ordinal)).Append(" -->\n\n");
                    }

                    merged[descriptor] = text.Append(body);
                    slots.Add((descriptor, null));
                }
            }
            else
            {
                others.Add(new MigratedSection(section.Descriptor, section.Heading.Text, body, null));
            }
        }

        foreach (var (descriptor, part) in slots)
        {
            known.Add((descriptor.Order, part ?? LivingEntries.Migrate(descriptor, descriptor.Title, merged[descriptor].ToString().Trim('\n'), stamps)));
        }

        foreach (var missing in Target.Sections.Where(s => s.At(Target.DefaultLevel) == Requirement.Must && known.All(k => k.Part.Descriptor != s)))
        {
            known.Add((missing.Order, new MigratedSection(missing, missing.Title, missing.Template.Trim('\n'), null)));
        }

        return [.. known.OrderBy(k => k.Order).Select(k => k.Part), .. others];
    }

    // The fields migration writes, then the plan's own front matter: its other keys as they were, and a value migration replaced as a
    // comment, so that nothing of it is lost.
    private static string FrontMatterText(PlanDocument document, string path, FileHistory history, string owner, PlanStatus status)
    {
        var fields = new (string Role, string Value)[]
        {
            (SchemaRoles.Id, IdOf(document, path)),
            (SchemaRoles.Status, status.ToText()),
            (SchemaRoles.Owner, owner),
            (SchemaRoles.Created, Timestamp(history.Created)),
            (SchemaRoles.Updated, Timestamp(history.Updated)),
            (SchemaRoles.Profile, Profile.CodexStrict.ToText()),
        };
        var text = new StringBuilder("---\n");
        foreach (var (role, value) in fields)
        {
            text.Append(Target.FrontMatterField(role)).Append(": ").Append(value).Append('\n');
        }

        var ours = FrontMatterRoles.Select(Target.FrontMatterField).ToHashSet(StringComparer.Ordinal);
        if (document.FrontMatter is { } front)
        {
            for (var line = front.Span.Line + 1; line < front.Span.EndLine; line++)
            {
                var original = document.Text[document.Lines.LineStart(line)..FixText.NextLineStart(document, document.Lines.LineStart(line))].TrimEnd('\n');
                var key = original.Split(':', 2)[0].Trim();
                text.Append(ours.Contains(key) ? "# " + original.TrimStart() : original).Append('\n');
            }
        }

        return text.Append("---\n").ToString();
    }

    /// <summary>An instant as the ExecPlan writes it (RFC 3339, UTC, seconds).</summary>
    internal static string Timestamp(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    // The H1's text without a prefix it may already have; the file's name when the plan has no H1.
    private static string TitleOf(PlanDocument document, string path)
    {
        var title = document.Titles.FirstOrDefault()?.Text.Trim();
        var prefix = Target.Data.TitlePrefix.Trim();
        if (title is not null && title.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            title = title[prefix.Length..].Trim();
        }

        return string.IsNullOrEmpty(title) ? PlanSlug.Name(path) : title;
    }

    /// <summary>The id migration gives the plan at <paramref name="path"/> (and --rename its file name): see <see cref="PlanSlug"/>.</summary>
    internal static string IdOf(string path, string text) => IdOf(PlanParser.Parse(path, text, Target), path);

    private static string IdOf(PlanDocument document, string path)
    {
        var title = document.Titles.FirstOrDefault()?.Text.Trim();
        var prefix = Target.Data.TitlePrefix.Trim();
        return PlanSlug.Of(path, title is not null && title.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? title[prefix.Length..] : title);
    }

    // What stands before the first section, without the H1 line: kept as the plan's opening prose.
    private static string Preamble(PlanDocument document)
    {
        var end = document.Sections.IsEmpty ? document.Text.Length : document.Lines.LineStart(document.Sections[0].Heading.Span.Line);
        var begin = document.FrontMatter is { } front ? Math.Min(end, FixText.NextLineStart(document, document.Lines.LineStart(front.Span.EndLine))) : 0;
        var text = document.Text[begin..end];
        if (document.Titles.FirstOrDefault() is { } title && title.Span.Line <= document.Lines.LineOf(end == 0 ? 0 : end - 1))
        {
            var start = document.Lines.LineStart(title.Span.Line);
            var next = title.Span.Line < document.Lines.LineCount ? document.Lines.LineStart(title.Span.Line + 1) : document.Text.Length;
            text = document.Text[begin..Math.Max(begin, start)] + document.Text[Math.Min(next, end)..end];
        }

        return text.Trim('\n');
    }

}
