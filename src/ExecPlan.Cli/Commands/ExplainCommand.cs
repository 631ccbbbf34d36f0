using System.CommandLine;
using ExecPlan.Configuration;
using ExecPlan.Output;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Cli.Commands;

/// <summary>`execplan explain RULE`: everything the catalogue says about one rule.</summary>
internal static class ExplainCommand
{
    public const string Name = "explain";

    /// <summary>The command, its argument and action.</summary>
    public static Command Create(CliContext context)
    {
        var rule = new Argument<string>("RULE") { HelpName = "RULE", Description = "An ID (EXP0202) or a name (missing-required-section)." };
        rule.CompletionSources.Add(_ => RuleCatalog.All.SelectMany(r => new[] { r.Id, r.Name }));
        var command = new Command(Name, "Explain one rule: ID, name, default severity, family, message and help.") { rule };
        command.SetAction(result => Run(result.GetValue(rule)!, context));
        return command;
    }

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(string query, CliContext context)
    {
        if (Find(query) is not { } rule)
        {
            context.Stderr.WriteLine($"execplan: unknown rule '{ControlCharacters.Escape(query)}'. Run 'execplan rules' for the list.");
            return ExitCodes.Failure;
        }

        context.Stdout.Write(Render(rule));
        return ExitCodes.Success;
    }

    /// <summary>A rule by ID (any case) or name.</summary>
    public static RuleDescriptor? Find(string query) =>
        RuleCatalog.Find(query.ToUpperInvariant())
        ?? RuleCatalog.All.FirstOrDefault(r => string.Equals(r.Name, query, StringComparison.OrdinalIgnoreCase));

    private static string Render(RuleDescriptor rule) =>
        $"""
        {rule.Id} {rule.Name}

        Family:    {rule.Family}
        Severity:  {SeverityText.ToText(rule.DefaultSeverity)} (default)
        Message:   {rule.MessageFormat}

        {string.Join('\n', TextWrap.Lines(rule.Help, 100))}

        """;
}
