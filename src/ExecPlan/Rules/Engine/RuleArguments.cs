using ExecPlan.Schema;

namespace ExecPlan.Rules.Engine;

/// <summary>Fills a rule's message parameters by name, so a generic check can serve rules whose messages differ.</summary>
internal static class RuleArguments
{
    /// <summary>The arguments in the rule's parameter order; unnamed parameters get an empty string.</summary>
    public static string[] For(RuleDescriptor rule, params (string Name, string Value)[] named)
    {
        var arguments = new string[rule.Parameters.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = string.Empty;
            foreach (var (name, value) in named)
            {
                if (string.Equals(name, rule.Parameters[i], StringComparison.Ordinal))
                {
                    arguments[i] = value;
                }
            }
        }

        return arguments;
    }
}
