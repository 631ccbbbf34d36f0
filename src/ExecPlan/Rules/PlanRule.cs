namespace ExecPlan.Rules;

/// <summary>A check over one parsed plan; it reads the model and reports through the context, never re-parsing text.</summary>
public abstract class PlanRule
{
    /// <summary>Checks the plan and reports findings to <paramref name="context"/>.</summary>
    public abstract void Check(PlanContext context);

    /// <summary>Whether one of the rules this class implements can report on plans of <paramref name="schema"/> (for the rule lists).</summary>
    internal virtual bool CanReport(string ruleId, ExecPlan.Schema.PlanSchema schema) => true;

    /// <summary>Whether the rule checks a file that is most likely not a plan too (EXP0215): secrets and input problems are everyone's.</summary>
    internal virtual bool ChecksAnyFile => false;
}
