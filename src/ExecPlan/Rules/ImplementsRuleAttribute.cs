namespace ExecPlan.Rules;

/// <summary>Marks the code that implements a catalogue rule; a test matches these against the schema.</summary>
/// <param name="ruleId">The rule ID, always written as a generated <c>RuleIds</c> constant.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ImplementsRuleAttribute(string ruleId) : Attribute
{
    /// <summary>The implemented rule ID.</summary>
    public string RuleId { get; } = ruleId;
}
