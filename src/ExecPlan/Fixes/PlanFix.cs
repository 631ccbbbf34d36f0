using System.Collections.Immutable;

namespace ExecPlan.Fixes;

/// <summary>A fix of one finding: what it does, whether it is safe, and its edits (applied together, never one without the others).</summary>
/// <param name="Title">What the fix does, for a person (`Write '2025-11-22T14:00:00Z'`).</param>
/// <param name="Safety">Whether it keeps the plan's meaning.</param>
/// <param name="Edits">Its edits, in offset order, none overlapping another.</param>
public sealed record PlanFix(string Title, FixSafety Safety, ImmutableArray<TextEdit> Edits);
