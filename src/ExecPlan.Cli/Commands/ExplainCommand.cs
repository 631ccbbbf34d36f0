using ExecPlan.Configuration;
using ExecPlan.Output;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Cli.Commands;

/// <summary>`execplan explain RULE`: everything the catalogue says about one rule.</summary>
internal static class ExplainCommand
{
    public const string Name = "explain";

    private static readonly ArgumentParser Parser = new([], []);

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(string[] args, CliContext context)
    {
        var parsed = Parser.Parse(args);
        if (parsed.WantsHelp)
        {
            context.Stdout.Write(HelpText.Explain);
            return ExitCodes.Success;
        }

        if (parsed.Positionals.Count != 1)
        {
            throw new UsageException("'explain' takes one rule ID or name");
        }

        var query = parsed.Positionals[0];
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
