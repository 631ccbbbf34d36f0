using System.Collections.Immutable;
using ExecPlan.Schema;

namespace ExecPlan.Model;

/// <summary>An H2 section: its heading, the schema section it counts as, and what its body holds.</summary>
/// <param name="Heading">The H2 heading.</param>
/// <param name="Descriptor">The schema or extra section it counts as, or null when unknown.</param>
/// <param name="Match">How the heading matched.</param>
/// <param name="Body">The offsets from after the heading line to the next H1/H2 or the end.</param>
/// <param name="HasContent">Whether the body holds anything but blank lines and comments.</param>
/// <param name="Subsections">Its H3 headings.</param>
/// <param name="Items">Its top-level list items.</param>
/// <param name="LineFields">Its `Name: value` lines outside code.</param>
/// <param name="Entries">Its entries, when the section declares an entry kind.</param>
public sealed record Section(
    Heading Heading,
    SectionDescriptor? Descriptor,
    SectionMatch Match,
    TextRange Body,
    bool HasContent,
    ImmutableArray<Heading> Subsections,
    ImmutableArray<PlanListItem> Items,
    ImmutableArray<LineField> LineFields,
    ImmutableArray<Entry> Entries)
{
    /// <summary>Whether the section counts as the given schema section.</summary>
    public bool Is(SectionDescriptor descriptor) => ReferenceEquals(Descriptor, descriptor);

    /// <summary>
    /// The section's own first line field with the name (ignoring case), or null: one written under an H3 of the section
    /// (`### Step 2` then `**Status:** done`) is that step's, not the section's.
    /// </summary>
    public LineField? LineField(string name) =>
        LineFields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)
            && (Subsections.IsEmpty || f.Span.Line < Subsections[0].Span.Line));
}
