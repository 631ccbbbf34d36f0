using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using ExecPlan.Cli.Commands;
using ExecPlan.Output;

namespace ExecPlan.Cli;

/// <summary>The `execplan` command tree: the root with its help and version, the commands, and `help [COMMAND]`.</summary>
internal static class CliCommands
{
    private const string TopLevelNotes = "Exit codes: 0 no errors, 1 lint errors, 2 usage, path, configuration or output failure.";

    /// <summary>Builds the tree whose actions run against <paramref name="context"/>.</summary>
    public static RootCommand Create(CliContext context)
    {
        var root = new RootCommand("Lints ExecPlan Markdown plans for AI agents.") { HelpName = ToolInfo.Name };
        Command[] commands = [LintCommand.Create(context), FixCommand.Create(context), MigrateCommand.Create(context), BaselineCommand.Create(context), StatusCommand.Create(context), RulesCommand.Create(context), ExplainCommand.Create(context), McpCommand.Create(context), Lsp.LspCommand.Create(context)];
        foreach (var command in commands)
        {
            root.Add(command);
        }

        // Made when help is shown: lint's notes read the discovery globs from the schemas, which `--version` should not load.
        var notes = new Dictionary<Command, Func<string>>
        {
            [root] = () => TopLevelNotes,
            [commands[0]] = () => LintCommand.Notes,
            [commands[1]] = () => FixCommand.Notes,
            [commands[2]] = () => MigrateCommand.Notes,
            [commands[3]] = () => BaselineCommand.Notes,
            [commands[4]] = () => StatusCommand.Notes,
            [commands.Single(c => c.Name == McpCommand.Name)] = () => McpCommand.Notes,
            [commands.Single(c => c.Name == Lsp.LspCommand.Name)] = () => Lsp.LspCommand.Notes,
        };
        foreach (var option in root.Options)
        {
            switch (option)
            {
                case HelpOption { Action: HelpAction action } helpOption:
                    helpOption.Action = new HelpWithNotes(action, notes);
                    break;
                case VersionOption version:
                    // The engine's version without build metadata, as reports carry it (the library's would add "+commit").
                    version.Action = new WriteLine(() => ToolInfo.Version);
                    break;
            }
        }

        var topic = new Argument<string?>("COMMAND") { HelpName = "COMMAND", Arity = ArgumentArity.ZeroOrOne, Description = "The command to show help for." };
        topic.CompletionSources.Add(_ => commands.Select(c => c.Name));
        var helpCommand = new Command("help", "Show help for a command.") { topic };
        helpCommand.SetAction(result =>
        {
            var name = result.GetValue(topic);
            var command = name is null ? root : commands.FirstOrDefault(c => c.Name == name) ?? throw new UsageException($"unknown command '{name}'");
            return command.Parse(["--help"]).Invoke(result.InvocationConfiguration);
        });
        root.Add(helpCommand);

        // No command at all: the help, as `execplan --help` shows it, and the usage exit code (a script that forgot the command fails).
        root.SetAction(result =>
        {
            root.Parse(["--help"]).Invoke(result.InvocationConfiguration);
            result.InvocationConfiguration.Error.WriteLine($"execplan: a command is required ({string.Join(", ", commands.Select(c => c.Name))}).");
            return ExitCodes.Failure;
        });
        return root;
    }

    /// <summary>The library's help, then the command's notes: what it does in detail and its exit codes.</summary>
    /// <param name="help">The library's help action.</param>
    /// <param name="notes">The notes by command.</param>
    private sealed class HelpWithNotes(HelpAction help, Dictionary<Command, Func<string>> notes) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            CliOptions.FillDescriptions(parseResult.CommandResult.Command);
            help.Invoke(parseResult);
            if (notes.TryGetValue(parseResult.CommandResult.Command, out var text))
            {
                parseResult.InvocationConfiguration.Output.WriteLine(text().ReplaceLineEndings("\n"));
                parseResult.InvocationConfiguration.Output.WriteLine();
            }

            return ExitCodes.Success;
        }
    }

    /// <summary>An action that prints one line to standard output.</summary>
    /// <param name="line">The line, computed when the action runs.</param>
    private sealed class WriteLine(Func<string> line) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(line());
            return ExitCodes.Success;
        }
    }
}
