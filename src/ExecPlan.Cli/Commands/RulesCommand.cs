using ExecPlan.Schema;

namespace ExecPlan.Cli.Commands;

/// <summary>`execplan rules`: the catalogue as text, or as the README's Markdown table.</summary>
internal static class RulesCommand
{
    public const string Name = "rules";

    private static readonly ArgumentParser Parser = new([OptionNames.Format, OptionNames.Schema], []);

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(string[] args, CliContext context)
    {
        var parsed = Parser.Parse(args);
        if (parsed.WantsHelp)
        {
            context.Stdout.Write(HelpText.Rules);
            return ExitCodes.Success;
        }

        if (parsed.Positionals.Count > 0)
        {
            throw new UsageException($"'rules' takes no arguments, got '{parsed.Positionals[0]}'");
        }

        var rules = LintCommand.ParseSchema(parsed.Get(OptionNames.Schema)) is { } schema ? PlanSchemas.RulesOf(schema) : (IReadOnlyList<RuleDescriptor>?)null;
        var text = parsed.Get(OptionNames.Format) switch
        {
            null or "text" => RuleReference.RenderText(rules),
            "markdown" => RuleReference.RenderMarkdown(rules),
            var other => throw new UsageException($"unknown format '{other}'; use text or markdown"),
        };
        context.Stdout.Write(text);
        return ExitCodes.Success;
    }
}
