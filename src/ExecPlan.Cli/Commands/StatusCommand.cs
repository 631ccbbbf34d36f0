using System.CommandLine;
using System.Text;
using ExecPlan.Board;
using ExecPlan.Cli.Files;
using ExecPlan.Linting;
using ExecPlan.Output;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Cli.Commands;

/// <summary>`execplan status [PATH...]`: lints the plans as lint does and writes their status board.</summary>
internal static class StatusCommand
{
    public const string Name = "status";

    /// <summary>The command, its options and action.</summary>
    public static Command Create(CliContext context)
    {
        var paths = CliOptions.Paths();
        var format = CliOptions.Format(BoardFormats.Names);
        var output = new Option<string?>(OptionNames.Output, "-o") { HelpName = "FILE", Description = "Write the board to FILE instead of standard output." };
        var level = CliOptions.Level();
        var schema = CliOptions.Schema(() => $"The plan format: {CliOptions.SchemaNames(withDefault: true)} (overrides the config's schema:).");
        var config = CliOptions.Config();
        var root = CliOptions.Root();
        var command = new Command(Name, "Show each plan's status, progress, next action and metrics (default: the current folder).") { paths, format, output, level, schema, config, root };
        command.SetAction(result => Run(
            new LintArguments(result.GetValue(paths), result.GetValue(format), result.GetValue(output), result.GetValue(level), result.GetValue(schema), result.GetValue(config), result.GetValue(root)),
            context));
        return command;
    }

    /// <summary>What `status --help` says after the options.</summary>
    public const string Notes = """
        Finds and lints the plans as lint does (the same paths, configuration
        and formats) and writes one row per plan: id, title, status, owner,
        updated and its age, Progress done/total, Next Action and the four
        evaluation metrics against their targets (the config's metrics:, else
        the spec's), then the totals. A plan in progress is stale after the
        config's stale_after (default 7d) without an update.
        Exit codes: 0 the board was written (lint findings do not fail it),
        2 usage error, missing path, invalid configuration (EXP0007) or output
        that could not be written.
        """;

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(LintArguments arguments, CliContext context)
    {
        var format = BoardFormats.Parse(arguments.Format);
        var settings = new LintSettings
        {
            Level = LintCommand.ParseLevel(arguments.Level),
            Schema = LintCommand.ParseSchema(arguments.Schema),
            ConfigFile = LintCommand.ExistingFile(arguments.Config, context),
            RootDirectory = LintCommand.ExistingFolder(arguments.Root, context),
            WorkingDirectory = context.WorkingDirectory,
            FileTimeBudget = context.FileTimeBudget,
            Clock = context.Clock,
        };
        var resolved = CliOptions.ResolvePaths(arguments.Paths, context);
        if (resolved.HasMissing)
        {
            return CliOptions.NotFound(resolved, context);
        }

        var target = arguments.Output is { } output ? new OutputTarget(output, context.Resolve(output)) : null;
        if (target?.Refusal(resolved.Paths, settings.ConfigFile) is { } refusal)
        {
            LintReport.OutputRefused(target, refusal, context);
            return ExitCodes.Failure;
        }

        var (board, totals) = StatusBoard.Collect(new PlanLinter(settings), resolved.Paths, context.CancellationToken);
        var configErrors = totals.RunDiagnostics.Where(d => d.IsActive && d.Id == RuleIds.InvalidConfig).ToList();
        CanonicalFormatter.WriteAll(context.Stderr, configErrors, context.WorkingDirectory);
        if (totals.Files == 0)
        {
            var where = string.Join(", ", resolved.Paths.Select(p => ControlCharacters.Escape(ReportPath.Relative(p, context.WorkingDirectory, Path.DirectorySeparatorChar))));
            context.Stderr.WriteLine($"execplan: no plans found under {where}; looked for {PlanDiscovery.Described}.");
        }

        if (!TryWrite(board, format, target, context))
        {
            return ExitCodes.Failure;
        }

        return configErrors.Count > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static bool TryWrite(StatusBoard board, BoardFormat format, OutputTarget? target, CliContext context)
    {
        try
        {
            if (target is null)
            {
                Write(board, format, context.Stdout);
                return true;
            }

            using var file = ReportFile.Create(target.FullPath);
            Write(board, format, file.Writer);
            file.Commit();
            return true;
        }
        catch (Exception exception) when (target is not null && exception is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            LintReport.OutputRefused(target, exception.Message, context);
            return false;
        }
    }

    private static void Write(StatusBoard board, BoardFormat format, TextWriter output)
    {
        switch (format)
        {
            case BoardFormat.Markdown:
                BoardMarkdownWriter.Write(board, output);
                break;
            case BoardFormat.Json:
                using (var json = new MemoryStream())
                {
                    BoardJsonWriter.Write(board, json);
                    output.Write(Encoding.UTF8.GetString(json.ToArray()));
                    output.Write('\n');
                }

                break;
            case BoardFormat.Html:
                BoardHtmlWriter.Write(board, output);
                break;
            default:
                BoardTextWriter.Write(board, output);
                break;
        }
    }
}
