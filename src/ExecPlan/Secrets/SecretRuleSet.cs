using System.Text.RegularExpressions;

namespace ExecPlan.Secrets;

/// <summary>The ordered secret rules and the shared allowlist, read from YAML data.</summary>
/// <param name="Patterns">Rules in priority order: on overlapping matches the earlier rule wins.</param>
/// <param name="Allowlist">Patterns that mark any rule's candidate as a placeholder or known non-secret.</param>
/// <param name="Problems">What could not be read (a bad regex, a missing field); the affected rule is skipped.</param>
public sealed record SecretRuleSet(IReadOnlyList<SecretPattern> Patterns, IReadOnlyList<Regex> Allowlist, IReadOnlyList<string> Problems)
{
    private const string ResourceName = "ExecPlan.Secrets.secret-patterns.yaml";

    private static readonly Lazy<SecretRuleSet> BuiltIn = new(LoadBuiltIn);

    /// <summary>The built-in rule set, embedded as <c>secret-patterns.yaml</c> and read once.</summary>
    public static SecretRuleSet Default => BuiltIn.Value;

    /// <summary>Reads a rule set from YAML text; never throws, reports problems instead.</summary>
    public static SecretRuleSet Parse(string yaml) => SecretRuleSetReader.Read(yaml);

    private static SecretRuleSet LoadBuiltIn()
    {
        using var stream = typeof(SecretRuleSet).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return new SecretRuleSet([], [], [$"embedded resource {ResourceName} is missing"]);
        }

        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
