namespace ExecPlan.Rules;

/// <summary>A check over one parsed plan; it reads the model and reports through the context, never re-parsing text.</summary>
public abstract class PlanRule
{
    /// <summary>Checks the plan and reports findings to <paramref name="context"/>.</summary>
    public abstract void Check(PlanContext context);
}
