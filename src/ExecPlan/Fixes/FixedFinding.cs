using ExecPlan.Diagnostics;

namespace ExecPlan.Fixes;

/// <summary>A finding that a fix run fixed: its rule, where it stood in the text of its pass, and the fix applied.</summary>
/// <param name="RuleId">The finding's rule.</param>
/// <param name="Span">Where the finding stood.</param>
/// <param name="Fix">The fix applied.</param>
public sealed record FixedFinding(string RuleId, SourceSpan Span, PlanFix Fix);
