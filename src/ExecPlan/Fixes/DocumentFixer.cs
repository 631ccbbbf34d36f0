using ExecPlan.Rules;

namespace ExecPlan.Fixes;

/// <summary>
/// A whole-document fixer for one rule, like a Roslyn code fix provider: it reads the parsed plan and returns one fix for all of
/// the rule's findings in it, for edits no single span can express (moving sections with their bodies).
/// </summary>
internal abstract class DocumentFixer
{
    /// <summary>The rule whose findings it fixes.</summary>
    public abstract string RuleId { get; }

    /// <summary>The fix of the rule's findings in the plan, or null when it knows none.</summary>
    public abstract PlanFix? Fix(PlanContext context);
}
