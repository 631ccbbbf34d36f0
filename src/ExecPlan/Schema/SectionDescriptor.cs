using System.Collections.Immutable;

namespace ExecPlan.Schema;

/// <summary>An H2 section as the schema declares it, schema sections and allowed extras alike.</summary>
/// <param name="Key">The C# name of the section.</param>
/// <param name="Title">The canonical heading text (without `## `).</param>
/// <param name="Order">Position in schema order (0-based); -1 for extra sections.</param>
/// <param name="Requirements">The requirement at each of the schema's levels, in level order (all optional for an extra section).</param>
/// <param name="Condition">The condition of a conditional section (`multi-agent`, `blocked`), or null.</param>
/// <param name="Living">Whether the section is a living section (updated as work proceeds).</param>
/// <param name="Subsections">Required H3 subsections.</param>
/// <param name="LineFields">Required `Name:` line fields.</param>
/// <param name="EntryKind">The name of the entry kind its list items hold, or null.</param>
/// <param name="IsExtra">Whether it is an always-allowed extra section.</param>
/// <param name="Trailing">Whether an extra section must come after all schema sections.</param>
/// <param name="Description">One line of documentation.</param>
/// <param name="Template">The template body (without the heading), or empty.</param>
public sealed record SectionDescriptor(
    string Key,
    string Title,
    int Order,
    ImmutableArray<Requirement> Requirements,
    string? Condition,
    bool Living,
    ImmutableArray<string> Subsections,
    ImmutableArray<string> LineFields,
    string? EntryKind,
    bool IsExtra,
    bool Trailing,
    string Description,
    string Template)
{
    /// <summary>The requirement at the given level.</summary>
    public Requirement At(PlanLevel level) => Requirements[level.Index];
}
