using ExecPlan.Cli.Files;
using ExecPlan.Linting;
using ExecPlan.Output;
using ExecPlan.Schema;

namespace ExecPlan.Cli.Commands;

/// <summary>`execplan lint [PATH...]`: runs the engine and writes the report.</summary>
internal static class LintCommand
{
    public const string Name = "lint";

    private static readonly ArgumentParser Parser = new(
        [OptionNames.Format, OptionNames.Output, OptionNames.Level, OptionNames.Schema, OptionNames.Config, OptionNames.Root], []);

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(string[] args, CliContext context)
    {
        var parsed = Parser.Parse(args);
        if (parsed.WantsHelp)
        {
            context.Stdout.Write(HelpText.Lint);
            return ExitCodes.Success;
        }

        var format = ParseFormat(parsed.Get(OptionNames.Format));
        var settings = new LintSettings
        {
            Level = ParseLevel(parsed.Get(OptionNames.Level)),
            Schema = ParseSchema(parsed.Get(OptionNames.Schema)),
            ConfigFile = ExistingFile(parsed.Get(OptionNames.Config), context),
            RootDirectory = ExistingFolder(parsed.Get(OptionNames.Root), context),
            WorkingDirectory = context.WorkingDirectory,
            FileTimeBudget = context.FileTimeBudget,
        };
        var paths = (parsed.Positionals.Count == 0 ? ["."] : parsed.Positionals).Select(context.Resolve).ToList();
        if (paths.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p)) is { } missing)
        {
            context.Stderr.WriteLine($"execplan: path not found: {ControlCharacters.Escape(missing)}");
            return ExitCodes.Failure;
        }

        var target = parsed.Get(OptionNames.Output) is { } output ? new OutputTarget(output, context.Resolve(output)) : null;
        if (target?.Refusal(paths, settings.ConfigFile) is { } refusal)
        {
            LintReport.OutputRefused(target, refusal, context);
            return ExitCodes.Failure;
        }

        var linter = new PlanLinter(settings);
        return format == ReportFormat.Text
            ? LintReport.LintAsText(linter, paths, target, context)
            : LintReport.LintAsReport(linter, paths, format, target, context);
    }

    private static ReportFormat ParseFormat(string? text) => text switch
    {
        null or "text" => ReportFormat.Text,
        "sarif" => ReportFormat.Sarif,
        "json" => ReportFormat.Json,
        _ => throw new UsageException($"unknown format '{text}'; use text, sarif or json"),
    };

    /// <summary>The level named by --level (also used by `fix`), or null when not given.</summary>
    internal static string? ParseLevel(string? text) => text is null
        ? null
        : PlanSchemas.FindLevelName(text) ?? throw new UsageException($"unknown level '{text}'; use {string.Join(" or ", PlanSchemas.LevelNames)}");

    /// <summary>The plan format named by --schema (also used by `rules`), or null when not given.</summary>
    internal static PlanSchema? ParseSchema(string? text) => text is null
        ? null
        : PlanSchemas.Find(text) ?? throw new UsageException($"unknown schema '{text}'; use {string.Join(" or ", PlanSchemas.All.Select(s => s.Key))}");

    /// <summary>The full path of an existing file option (--config), or null when not given.</summary>
    internal static string? ExistingFile(string? path, CliContext context)
    {
        var full = path is null ? null : context.Resolve(path);
        return full is null || File.Exists(full) ? full : throw new UsageException($"config file not found: {path}");
    }

    /// <summary>The full path of an existing folder option (--root), or null when not given.</summary>
    internal static string? ExistingFolder(string? path, CliContext context)
    {
        var full = path is null ? null : context.Resolve(path);
        return full is null || Directory.Exists(full) ? full : throw new UsageException($"root folder not found: {path}");
    }
}
