namespace ExecPlan.Fixes;

/// <summary>Whether a fix keeps the plan's meaning (applied by `execplan fix`) or adds text a person must review (only with `--unsafe-fixes`).</summary>
public enum FixSafety
{
    /// <summary>The meaning is unchanged: a spelling, an order, a bump the plan itself implies.</summary>
    Safe,

    /// <summary>Adds text (a template body, a placeholder) that a person must review and fill in.</summary>
    Unsafe,
}
