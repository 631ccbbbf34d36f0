using System.Collections.Immutable;

namespace ExecPlan.Schema;

/// <summary>A front-matter field as the schema declares it.</summary>
/// <param name="Name">The YAML key.</param>
/// <param name="Kind">The kind of value.</param>
/// <param name="Required">Whether absence is EXP0103.</param>
/// <param name="Pattern">The regular expression an id must match, if any.</param>
/// <param name="AllowedValues">The allowed values of an enum field, in schema order.</param>
/// <param name="Description">One line of documentation.</param>
public sealed record FieldDescriptor(
    string Name,
    FieldKind Kind,
    bool Required,
    string? Pattern,
    ImmutableArray<string> AllowedValues,
    string Description);
