using System.CommandLine;
using ExecPlan.Cli.Mcp;
using ExecPlan.Linting;

namespace ExecPlan.Cli.Commands;

/// <summary>`execplan mcp`: a Model Context Protocol server over standard input and output, for coding agents.</summary>
internal static class McpCommand
{
    public const string Name = "mcp";

    /// <summary>The command, its options and action.</summary>
    public static Command Create(CliContext context)
    {
        var config = CliOptions.Config();
        var root = CliOptions.Root();
        var command = new Command(Name, "Serve the plan tools to coding agents (Model Context Protocol over standard input and output).") { config, root };
        command.SetAction(result => Run(result.GetValue(config), result.GetValue(root), context));
        return command;
    }

    /// <summary>What `mcp --help` says after the options.</summary>
    public const string Notes = """
        Speaks the Model Context Protocol (JSON-RPC, one message a line) on
        standard input and output until standard input closes. Its tools:
        lint_plan, fix_plan, explain_rule, new_plan and list_plans, over the
        plans of the repository root (found as lint finds it, or --root); paths
        outside the root are refused. Register it with an agent as the command
        'execplan mcp': 'codex mcp add execplan -- execplan mcp' (Codex) or
        'claude mcp add execplan -- execplan mcp' (Claude Code).
        Exit codes: 0 standard input closed, 2 usage error or missing root.
        """;

    /// <summary>Runs the server until standard input closes; returns the exit code.</summary>
    public static int Run(string? config, string? root, CliContext context)
    {
        var settings = new LintSettings
        {
            ConfigFile = LintCommand.ExistingFile(config, context),
            RootDirectory = LintCommand.ExistingFolder(root, context),
            WorkingDirectory = context.WorkingDirectory,
        };
        var scope = LintScope.Resolve(settings, context.WorkingDirectory);
        var server = new ServerContext(Path.GetFullPath(scope.Root), settings.ConfigFile, context.Clock);
        PlanServer.RunAsync(server, context.CancellationToken).GetAwaiter().GetResult();
        return ExitCodes.Success;
    }
}
