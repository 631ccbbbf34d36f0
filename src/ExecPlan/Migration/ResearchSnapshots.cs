using ExecPlan.Model;
using ExecPlan.Rules.SelfContainment;
using ExecPlan.Schema;

namespace ExecPlan.Migration;

/// <summary>
/// A snapshot for every external URL of the migrated plan that none backs (EXP0601): the schema's Research Snapshot template with
/// the URL as its source and placeholders for when it was read and what it says, which only a person knows (EXP0212 asks for them).
/// They go at the end of the plan's Research Snapshot section, or of a new one after the last section. A cookbook plan links freely;
/// an ExecPlan keeps what it relies on in itself.
/// </summary>
internal static class ResearchSnapshots
{
    /// <summary>The migrated text with a snapshot for each unbacked URL, in the order they first appear.</summary>
    public static string Ensure(string path, string text, PlanSchema schema)
    {
        var document = PlanParser.Parse(path, text, schema);
        if (schema.Section(SchemaRoles.ResearchSnapshot) is not { Template.Length: > 0 } section || schema.EntryField(SchemaRoles.Source) is not { } source)
        {
            return text;
        }

        var urls = ExternalUrlRule.Unbacked(document).Select(u => u.Url).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (urls.Count == 0)
        {
            return text;
        }

        var entries = string.Join("\n", urls.Select(url => Entry(section.Template, source, url)));
        // The section the snapshots belong in (Research Snapshot, or Research Snapshots: the same entries).
        var existing = document.Sections.FirstOrDefault(s => s.Descriptor is { } d && (d == section || d.EntryKind == section.EntryKind));
        if (existing is null)
        {
            return text.TrimEnd('\n') + "\n\n## " + section.Title + "\n\n" + entries + "\n";
        }

        var end = existing.Body.End;
        var after = text[end..].TrimStart('\n');
        return text[..end].TrimEnd('\n') + "\n" + entries + "\n" + (after.Length > 0 ? "\n" + after : string.Empty);
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
