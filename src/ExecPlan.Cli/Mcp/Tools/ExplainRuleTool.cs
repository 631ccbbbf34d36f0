using System.ComponentModel;
using ExecPlan.Cli.Commands;
using ExecPlan.Configuration;
using ExecPlan.Schema;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace ExecPlan.Cli.Mcp.Tools;

/// <summary>`explain_rule`: what the catalogue says about one rule, as `execplan explain` shows it.</summary>
internal static class ExplainRuleTool
{
    public const string Name = "explain_rule";

    private const string Description = """
        Explain one lint rule: what it checks, its default severity, its message and how to fix a finding of it. Call it
        when a lint_plan finding is not clear to you, before you change a plan to satisfy it. Give the rule's ID (EXP0202)
        or its name (missing-required-section), as lint_plan reports them.
        """;

    /// <summary>The tool.</summary>
    public static McpServerTool Create() => new PlanTool<ExplainRuleArguments, RuleHelp>(
        new Tool { Name = Name, Description = Description, Annotations = new ToolAnnotations { ReadOnlyHint = true, IdempotentHint = true, OpenWorldHint = false } },
        McpJson.Default.ExplainRuleArguments,
        McpJson.Default.RuleHelp,
        (arguments, _) => Run(arguments));

    private static RuleHelp Run(ExplainRuleArguments arguments)
    {
        var query = arguments.Rule.Trim();
        var rule = ExplainCommand.Find(query)
            ?? throw new ToolRefusal($"unknown rule '{query}': give an ID such as EXP0202 or a name such as missing-required-section, as lint_plan reports them");
        var formats = PlanSchemas.All.Where(s => PlanSchemas.RulesOf(s).Any(r => r.Id == rule.Id)).Select(s => s.Key);
        return new RuleHelp(rule.Id, rule.Name, rule.Family, SeverityText.ToText(rule.DefaultSeverity), rule.MessageFormat, rule.Help, [.. formats]);
    }
}

/// <summary>The arguments of `explain_rule`.</summary>
internal sealed record ExplainRuleArguments
{
    /// <summary>The rule's ID or name.</summary>
    [Description("The rule's ID (EXP0202) or name (missing-required-section); case does not matter.")]
    public required string Rule { get; init; }
}

/// <summary>The result of `explain_rule`: the rule's catalogue entry.</summary>
/// <param name="Id">The stable ID.</param>
/// <param name="Name">The kebab-case name.</param>
/// <param name="Family">The family, e.g. Structure.</param>
/// <param name="Severity">The default severity (a repository's .execplan.yaml may change it).</param>
/// <param name="Message">The message, with its {placeholders}.</param>
/// <param name="Help">What the rule checks and how to fix a finding.</param>
/// <param name="Formats">The plan formats it applies to.</param>
internal sealed record RuleHelp(string Id, string Name, string Family, string Severity, string Message, string Help, IReadOnlyList<string> Formats);
