using System.Collections.Immutable;
using ExecPlan.Diagnostics;

namespace ExecPlan.Schema;

/// <summary>A `Name: value` field of an entry kind.</summary>
/// <param name="Name">The field name as written before the colon.</param>
/// <param name="Aliases">Other names that satisfy the field (`Author` for `Owner`).</param>
/// <param name="Alternatives">Other fields whose presence satisfies this one (`Expected` for `Verify`).</param>
/// <param name="Severity">What a missing field costs; Off when it is never required.</param>
/// <param name="Levels">The levels at which the field is required; empty when it is required at every level.</param>
/// <param name="IsTimestamp">Whether the value must be an RFC 3339 timestamp.</param>
/// <param name="EnumName">The schema enum the value must belong to, or null.</param>
public sealed record EntryFieldDescriptor(
    string Name,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> Alternatives,
    Severity Severity,
    ImmutableArray<string> Levels,
    bool IsTimestamp,
    string? EnumName)
{
    /// <summary>The name and its aliases: the names an entry may write the field under.</summary>
    public ImmutableArray<string> Names { get; } = [Name, .. Aliases.IsDefault ? [] : Aliases];

    /// <summary>Whether the field is required at <paramref name="level"/> (its severity aside).</summary>
    public bool RequiredAt(PlanLevel level) => Levels.IsDefaultOrEmpty || Levels.Contains(level.Name);
}
