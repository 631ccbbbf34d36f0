using System.Collections.Immutable;
using ExecPlan.Diagnostics;

namespace ExecPlan.Fixes;

/// <summary>One file of a fix run: what was fixed, what remains, and whether the file was written.</summary>
/// <param name="Path">The file.</param>
/// <param name="Schema">The plan format it was read with.</param>
/// <param name="Outcome">What happened to the file.</param>
/// <param name="Fixed">The findings fixed, pass by pass.</param>
/// <param name="Remaining">The findings of the fixed text (of the file as it is when nothing was written).</param>
public sealed record FileFix(string Path, string Schema, FixOutcome Outcome, ImmutableArray<FixedFinding> Fixed, ImmutableArray<Diagnostic> Remaining)
{
    /// <summary>The text as read (without its byte-order mark), or null when it could not be read.</summary>
    public string? Before { get; init; }

    /// <summary>The fixed text, or null when it could not be read.</summary>
    public string? After { get; init; }

    /// <summary>Why the file was not written: for <see cref="FixOutcome.WriteFailed"/> and <see cref="FixOutcome.ChangedMeanwhile"/>, and for an <see cref="FixOutcome.Unchanged"/> file that ran out of its time budget (its remaining findings then hold EXP0008); null otherwise.</summary>
    public string? Problem { get; init; }
}
