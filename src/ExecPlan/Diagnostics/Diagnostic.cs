using System.Collections.Immutable;
using ExecPlan.Fixes;
using ExecPlan.Schema;

namespace ExecPlan.Diagnostics;

/// <summary>One finding of one rule in one file.</summary>
/// <param name="Rule">The rule that found it.</param>
/// <param name="Severity">The effective severity (after configuration).</param>
/// <param name="FilePath">The file, as given to the linter.</param>
/// <param name="Span">Where in the file.</param>
/// <param name="Message">The formatted message; never holds a secret.</param>
public sealed record Diagnostic(RuleDescriptor Rule, Severity Severity, string FilePath, SourceSpan Span, string Message)
{
    /// <summary>The suppression that silenced this finding, or null when it stands.</summary>
    public Suppression? Suppression { get; init; }

    /// <summary>The fixes of the finding as text edits over the file (none when no edit is known, or when one would touch a secret).</summary>
    public ImmutableArray<PlanFix> Fixes { get; init; } = [];

    /// <summary>
    /// What places the finding in its plan independently of line numbers: the section it is in and a hash of its line's text
    /// (see <see cref="FindingAnchor"/>); null when the finding has no line of a plan read (an unreadable file, a run finding).
    /// </summary>
    public FindingAnchor? Anchor { get; init; }

    /// <summary>Whether the run's baseline knew this finding (<see cref="BaselineState.None"/> when the run has no baseline).</summary>
    public BaselineState BaselineState { get; init; }

    /// <summary>The rule ID, e.g. EXP0202.</summary>
    public string Id => Rule.Id;

    /// <summary>Whether the finding counts (not suppressed, not off).</summary>
    public bool IsActive => Suppression is null && Severity != Severity.Off;
}
