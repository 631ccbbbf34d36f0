using System.Globalization;
using System.Text;
using ExecPlan.Schema;

namespace ExecPlan.Templates;

/// <summary>The sections part of the format guide: each schema section in order with what each level asks of it and what it holds.</summary>
internal static class SectionGuideText
{
    /// <summary>The Markdown of the sections part for the format <paramref name="schema"/>.</summary>
    public static string Render(PlanSchemaData schema)
    {
        var text = new StringBuilder();
        text.Append(
            """
            ## Sections

            The H2 sections come in this order. At each conformance level a section is MUST (missing is an error),
            SHOULD (missing is a warning, at the standard level only), conditional (MUST when its condition holds) or
            optional (not asked for, but kept in order when present). The block under each section is how a new plan
            starts it: text in angle brackets is a placeholder to replace.


            """);
        var number = 1;
        foreach (var section in schema.Sections)
        {
            text.Append(Section(number++, section, schema.Levels, schema.Entries));
        }

        text.Append("## Other sections\n\nThese H2 sections are always allowed besides the ones above:\n\n");
        foreach (var extra in schema.Extras)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {extra.Title}{(extra.Trailing ? " (after all the sections above)" : string.Empty)}");
            if (schema.Entries.FirstOrDefault(e => e.Name == extra.EntryKind) is { } entry)
            {
                // The block a person writes there (a Research Snapshot's Retrieved, Source and Notes).
                text.Append(": ").Append(char.ToLowerInvariant(EntryGuideText.Render(entry)[0])).Append(EntryGuideText.Render(entry)[1..]);
            }

            text.Append('\n');
        }

        return text.Append('\n').ToString();
    }

    private static string Section(int number, SectionDescriptor section, IEnumerable<PlanLevel> levels, IEnumerable<EntryDescriptor> entries)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"### {number}. {section.Title}\n\n");
        text.AppendJoin(' ', levels.Select(level => $"{Capitalized(level.Name)} level: {Requirement(section, section.At(level))}.")).Append("\n\n");
        text.Append(section.Description).Append('\n');
        if (!section.Subsections.IsEmpty)
        {
            text.Append("\nIt holds the H3 subsections ").Append(Join(section.Subsections.Select(s => s))).Append(".\n");
        }

        if (!section.LineFields.IsEmpty)
        {
            text.Append("\nIt holds the lines ").Append(Join(section.LineFields.Select(f => $"`{f}:`"))).Append(".\n");
        }

        if (entries.FirstOrDefault(e => e.Name == section.EntryKind) is { } entry)
        {
            text.Append('\n').Append(EntryGuideText.Render(entry)).Append('\n');
        }

        return text.Append(CultureInfo.InvariantCulture, $"\n```markdown\n{section.Template}\n```\n\n").ToString();
    }

    private static string Requirement(SectionDescriptor section, Requirement requirement) => requirement switch
    {
        Schema.Requirement.Must => "MUST",
        Schema.Requirement.Should when section.Condition is { } condition => $"SHOULD, and MUST when the plan is {condition}",
        Schema.Requirement.Should => "SHOULD",
        Schema.Requirement.Conditional => $"MUST when the plan is {section.Condition}",
        _ => "optional",
    };

    private static string Join(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 1 ? list[0] : string.Join(", ", list[..^1]) + " and " + list[^1];
    }

    private static string Capitalized(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
}
