using ExecPlan.Cli.Commands;
using ExecPlan.Cli.Streams;
using ExecPlan.Output;

namespace ExecPlan.Cli;

/// <summary>The in-process entry of `execplan`: parses the command line, runs a command and returns the exit code; never throws.</summary>
public static class CommandLine
{
    /// <summary>Runs `execplan` with <paramref name="args"/>, relative paths resolved against <paramref name="workingDirectory"/> (null: the current directory).</summary>
    /// <remarks>A write to <paramref name="stdout"/> or <paramref name="stderr"/> that fails (closed, full) ends with exit code 2: said on standard error
    /// when it is standard output that failed, silently when it is standard error itself.</remarks>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string? workingDirectory = null, CancellationToken cancellationToken = default) =>
        RunWith(args, stdout, stderr, workingDirectory, null, cancellationToken);

    /// <summary>As above, with a hook that `fix` calls between reading a file and writing it back (tests change the file there).</summary>
    internal static int RunWith(string[] args, TextWriter stdout, TextWriter stderr, string? workingDirectory, Action<string>? beforeWrite, CancellationToken cancellationToken = default) =>
        RunWith(args, stdout, stderr, workingDirectory, beforeWrite, Linting.LintSettings.DefaultFileTimeBudget, cancellationToken);

    /// <summary>As above, with the time budget of one file (tests make it tiny to see a file run out of time).</summary>
    internal static int RunWith(string[] args, TextWriter stdout, TextWriter stderr, string? workingDirectory, Action<string>? beforeWrite, TimeSpan fileTimeBudget, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var errors = new StandardError(stderr);
        var code = RunGuarded(args, new StandardOutput(stdout), errors, workingDirectory, beforeWrite, fileTimeBudget, cancellationToken);
        return errors.Lost ? ExitCodes.Failure : code;
    }

    private static int RunGuarded(string[] args, StandardOutput stdout, StandardError stderr, string? workingDirectory, Action<string>? beforeWrite, TimeSpan fileTimeBudget, CancellationToken cancellationToken)
    {
        int? code = null;
        try
        {
            var context = new CliContext(stdout, stderr, Path.GetFullPath(workingDirectory ?? Directory.GetCurrentDirectory()), cancellationToken) { BeforeWrite = beforeWrite, FileTimeBudget = fileTimeBudget };
            code = Dispatch(args, context);
            stdout.Flush(); // standard output may be buffered: its last write can fail here
            return code.Value;
        }
        catch (StandardOutputException exception)
        {
            // A command that returned a failure has said why (often this very failure); one line is enough.
            if (code != ExitCodes.Failure)
            {
                stderr.WriteLine($"{ToolInfo.Name}: cannot write standard output: {exception.Message}");
            }

            return ExitCodes.Failure;
        }
        catch (UsageException exception)
        {
            stderr.WriteLine($"{ToolInfo.Name}: {ControlCharacters.Escape(exception.Message)}.");
            stderr.WriteLine($"Run '{ToolInfo.Name} --help' for usage.");
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine($"{ToolInfo.Name}: cancelled.");
            return ExitCodes.Failure;
        }
        catch (Exception exception)
        {
            // The one place every failure ends: one line, never a stack trace.
            stderr.WriteLine($"{ToolInfo.Name}: internal error: {exception.GetType().Name}: {ControlCharacters.Escape(exception.Message)}");
            return ExitCodes.Failure;
        }
    }

    private static int Dispatch(string[] args, CliContext context)
    {
        if (args.Length == 0)
        {
            context.Stderr.Write(HelpText.TopLevel);
            return ExitCodes.Failure;
        }

        var rest = args[1..];
        switch (args[0])
        {
            case OptionNames.Help or "-h":
                context.Stdout.Write(HelpText.TopLevel);
                return ExitCodes.Success;
            case OptionNames.Version:
                context.Stdout.WriteLine(ToolInfo.Version);
                return ExitCodes.Success;
            case "help":
                return Help(rest, context);
            case LintCommand.Name:
                return LintCommand.Run(rest, context);
            case FixCommand.Name:
                return FixCommand.Run(rest, context);
            case MigrateCommand.Name:
                return MigrateCommand.Run(rest, context);
            case RulesCommand.Name:
                return RulesCommand.Run(rest, context);
            case ExplainCommand.Name:
                return ExplainCommand.Run(rest, context);
            default:
                throw new UsageException(args[0].StartsWith('-') ? $"unknown option '{args[0]}'" : $"unknown command '{args[0]}'");
        }
    }

    private static int Help(string[] args, CliContext context)
    {
        var text = args.Length == 0 || args[0].StartsWith('-') ? HelpText.TopLevel : HelpText.For(args[0]) ?? throw new UsageException($"unknown command '{args[0]}'");
        context.Stdout.Write(text);
        return ExitCodes.Success;
    }
}
