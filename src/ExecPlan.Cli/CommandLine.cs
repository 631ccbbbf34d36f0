using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
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
    internal static int RunWith(string[] args, TextWriter stdout, TextWriter stderr, string? workingDirectory, Action<string>? beforeWrite, TimeSpan fileTimeBudget, CancellationToken cancellationToken = default) =>
        RunAt(args, stdout, stderr, workingDirectory, TimeProvider.System, beforeWrite, fileTimeBudget, cancellationToken);

    /// <summary>As above, at the time of <paramref name="clock"/> (tests fix "now" for ages and staleness).</summary>
    internal static int RunAt(string[] args, TextWriter stdout, TextWriter stderr, string? workingDirectory, TimeProvider clock, Action<string>? beforeWrite = null, TimeSpan? fileTimeBudget = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var errors = new StandardError(stderr);
        var context = (workingDirectory, beforeWrite, fileTimeBudget ?? Linting.LintSettings.DefaultFileTimeBudget, clock);
        var code = RunGuarded(args, new StandardOutput(stdout), errors, context, cancellationToken);
        return errors.Lost ? ExitCodes.Failure : code;
    }

    private static int RunGuarded(string[] args, StandardOutput stdout, StandardError stderr, (string? WorkingDirectory, Action<string>? BeforeWrite, TimeSpan FileTimeBudget, TimeProvider Clock) run, CancellationToken cancellationToken)
    {
        int? code = null;
        try
        {
            var context = new CliContext(stdout, stderr, Path.GetFullPath(run.WorkingDirectory ?? Directory.GetCurrentDirectory()), cancellationToken)
            {
                BeforeWrite = run.BeforeWrite,
                FileTimeBudget = run.FileTimeBudget,
                Clock = run.Clock,
            };
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

    // Parses with System.CommandLine (response files, `[suggest]` completion, typo suggestions and help as the library gives
    // them) and runs the command's action. The library's exception handler is off: every failure ends in RunGuarded.
    private static int Dispatch(string[] args, CliContext context)
    {
        var root = CliCommands.Create(context);
        var result = root.Parse(args);
        var configuration = new InvocationConfiguration
        {
            Output = context.Stdout,
            Error = context.Stderr,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null, // Program owns Ctrl+C: it cancels the lint, whose partial report is dropped
        };
        if (result.Action is ParseErrorAction parseError)
        {
            // The library's message and its "did you mean" lines, then today's contract: a hint and exit code 2, not its 1.
            // Its "did you mean" lines go to standard error too: standard output carries results only.
            parseError.ShowHelp = false;
            // They quote the arguments as typed: control characters in them are shown escaped, as in every other message.
            var errors = new EscapingWriter(context.Stderr);
            result.Invoke(new InvocationConfiguration { Output = errors, Error = errors, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
            var command = result.CommandResult.Command is RootCommand ? string.Empty : " " + result.CommandResult.Command.Name;
            context.Stderr.WriteLine($"Run '{ToolInfo.Name}{command} --help' for usage.");
            return ExitCodes.Failure;
        }

        // Only when the command itself runs: `--help` and the `[suggest]` directive take any token.
        if (result.Action == result.CommandResult.Command.Action && UnknownOption(result) is { } unknown)
        {
            context.Stderr.WriteLine($"{ToolInfo.Name}: unknown option '{ControlCharacters.Escape(unknown.Token)}'.");
            if (unknown.Nearest is { } nearest)
            {
                context.Stderr.WriteLine($"Did you mean '{nearest}'?");
            }

            context.Stderr.WriteLine($"Run '{ToolInfo.Name} {result.CommandResult.Command.Name} --help' for usage.");
            return ExitCodes.Failure;
        }

        return result.Invoke(configuration);
    }

    // A PATH argument takes any token, so an option the command does not have ("--formt") would be linted as a path: it is an
    // unknown option unless it comes after "--". The suggestion is the command's nearest option name, as the library does
    // for tokens it cannot match.
    private static (string Token, string? Nearest)? UnknownOption(ParseResult result)
    {
        var literal = false;
        foreach (var token in result.Tokens)
        {
            literal |= token.Type == TokenType.DoubleDash;
            if (literal || token.Type != TokenType.Argument || token.Value.Length < 2 || token.Value[0] != '-')
            {
                continue;
            }

            var names = result.CommandResult.Command.Options.SelectMany(o => o.Aliases.Append(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal));
            var name = token.Value.Split('=')[0];
            var nearest = names.Select(n => (Name: n, Distance: EditDistance(name, n))).MinBy(n => n.Distance);
            return (token.Value, nearest.Name is not null && nearest.Distance <= Math.Max(2, name.Length / 3) ? nearest.Name : null);
        }

        return null;
    }

    // Levenshtein distance over two short strings.
    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
