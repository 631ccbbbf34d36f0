using ExecPlan.Model;
using ExecPlan.Rules.SelfContainment;
using ExecPlan.Schema;

namespace ExecPlan.Migration;

/// <summary>
/// A snapshot for every external URL of the migrated plan that none backs (EXP0601): the schema's Research Snapshot template with
/// the URL as its source and placeholders for when it was read and what it says, which only a person knows (EXP0212 asks for them).
/// They go at the end of the plan's Research Snapshot section, or in a new one before the See Also and References that end the
/// plan (else after its last section). A cookbook plan links freely;
/// an ExecPlan keeps what it relies on in itself.
/// </summary>
internal static class ResearchSnapshots
{
    /// <summary>The migrated text with a snapshot for each unbacked URL, in the order they first appear.</summary>
    public static string Ensure(string path, string text, PlanSchema schema)
    {
        if (schema.Section(SchemaRoles.ResearchSnapshot) is not { Template.Length: > 0 } section || schema.EntryField(SchemaRoles.Source) is not { } source)
        {
            return text;
        }

        var document = PlanParser.Parse(path, text, schema);

        // One snapshot backs every spelling the rule takes as the same source (`/a` and `/a/`).
        var urls = ExternalUrlRule.Unbacked(document).Select(u => u.Url).DistinctBy(ExternalUrlRule.Normalize, StringComparer.OrdinalIgnoreCase).ToList();
        if (urls.Count == 0)
        {
            return text;
        }

        var entries = string.Join("\n", urls.Select(url => Entry(section.Template, source, url)));
        // The section the snapshots belong in (Research Snapshot, or Research Snapshots: the same entries).
        var existing = document.Sections.FirstOrDefault(s => s.Descriptor is { } d && (d == section || d.EntryKind == section.EntryKind));
        if (existing is null)
        {
            // A new section goes before the See Also and References that end the plan, else at its end.
            var newSection = "## " + section.Title + "\n\n" + entries + "\n";
            var trailing = document.Sections.Reverse().TakeWhile(s => s.Descriptor is { Trailing: true }).LastOrDefault();
            if (trailing is null)
            {
                return text.TrimEnd('\n') + "\n\n" + newSection;
            }

            var at = document.Lines.LineStart(trailing.Heading.Span.Line);
            return text[..at].TrimEnd('\n') + "\n\n" + newSection + "\n" + text[at..];
        }

        var end = existing.Body.End;
        var after = text[end..].TrimStart('\n');
        var gap = existing.HasContent ? "\n" : "\n\n"; // under the heading alone, a blank line first
        return text[..end].TrimEnd('\n') + gap + entries + "\n" + (after.Length > 0 ? "\n" + after : string.Empty);
    }

    // The template's entry with the URL as the value of its source field (the line `Source: ...`, whatever it holds).
    private static string Entry(string template, string source, string url) => string.Join(
        "\n",
        template.Split('\n').Select(line =>
        {
            var label = line.TrimStart(' ', '-', '*', '+');
            return label.StartsWith(source + ":", StringComparison.OrdinalIgnoreCase)
                ? line[..(line.Length - label.Length)] + label[..(source.Length + 1)] + " " + url
                : line;
        }));
}
