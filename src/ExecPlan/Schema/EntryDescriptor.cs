using System.Collections.Immutable;

namespace ExecPlan.Schema;

/// <summary>An entry kind: the shape of the list items of a section.</summary>
/// <param name="Name">The C# name of the entry kind.</param>
/// <param name="Description">One line of documentation.</param>
/// <param name="TimestampRequired">Whether the entry starts with an RFC 3339 timestamp.</param>
/// <param name="LeadingField">The field an entry starts with when it has no timestamp, or null.</param>
/// <param name="RuleId">The rule that reports missing fields.</param>
/// <param name="Fields">The fields, in schema order.</param>
public sealed record EntryDescriptor(
    string Name,
    string Description,
    bool TimestampRequired,
    string? LeadingField,
    string RuleId,
    ImmutableArray<EntryFieldDescriptor> Fields);
