using ExecPlan.Schema.Generated;

namespace ExecPlan.Build;

/// <summary>The catalogue rules the task reports itself, when the engine cannot run or a property is invalid.</summary>
internal static class TaskRules
{
    /// <summary>The engine failed: reported as the rule-failure rule, never as an escaped exception (MSB4018).</summary>
    public const string EngineFailure = RuleIds.RuleFailure;

    /// <summary>An MSBuild property holds a value the engine does not accept, like a bad configuration value.</summary>
    public const string InvalidSetting = RuleIds.InvalidConfig;
}
