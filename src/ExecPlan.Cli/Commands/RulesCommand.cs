using System.CommandLine;
using ExecPlan.Schema;

namespace ExecPlan.Cli.Commands;

/// <summary>`execplan rules`: the catalogue as text, or as the Markdown table of docs/rules.md.</summary>
internal static class RulesCommand
{
    public const string Name = "rules";

    private static readonly IReadOnlyList<string> Formats = ["text", "markdown"];

    /// <summary>The command, its options and action.</summary>
    public static Command Create(CliContext context)
    {
        var format = CliOptions.Format(Formats, "(the rule table of docs/rules.md)");
        var schema = CliOptions.Schema(() => $"Only the rules of one plan format: {CliOptions.SchemaNames(withDefault: false)}.");
        var command = new Command(Name, "List the rule catalogue: ID, default severity, name and message, grouped by family.") { format, schema };
        command.SetAction(result => Run(result.GetValue(format), result.GetValue(schema), context));
        return command;
    }

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(string? format, string? schemaName, CliContext context)
    {
        var rules = LintCommand.ParseSchema(schemaName) is { } schema ? PlanSchemas.RulesOf(schema) : (IReadOnlyList<RuleDescriptor>?)null;
        var text = format switch
        {
            null or "text" => RuleReference.RenderText(rules),
            "markdown" => RuleReference.RenderMarkdown(rules),
            var other => throw new UsageException($"unknown format '{other}'; use text or markdown"),
        };
        context.Stdout.Write(text);
        return ExitCodes.Success;
    }
}
