using System.CommandLine;
using ExecPlan.Cli.Files;
using ExecPlan.Linting;
using ExecPlan.Schema;

namespace ExecPlan.Cli.Commands;

/// <summary>`execplan lint [PATH...]`: runs the engine and writes the report.</summary>
internal static class LintCommand
{
    public const string Name = "lint";

    /// <summary>The command, its options, help notes and action.</summary>
    public static Command Create(CliContext context)
    {
        var paths = CliOptions.Paths();
        var format = CliOptions.Format(ReportFormats.Names);
        var output = new Option<string?>(OptionNames.Output, "-o") { HelpName = "FILE", Description = "Write the report to FILE instead of standard output." };
        var level = CliOptions.Level();
        var schema = CliOptions.Schema(() => $"The plan format: {CliOptions.SchemaNames(withDefault: true)} (overrides the config's schema:).");
        var config = CliOptions.Config();
        var root = CliOptions.Root();
        var quiet = new Option<bool>(OptionNames.Quiet, "-q") { Description = "Report errors only (the summary still counts all; the exit code is the same)." };
        var maxWarnings = new Option<int?>(OptionNames.MaxWarnings) { HelpName = "N", Description = "Exit 1 when there are more than N warnings." };
        var stdinPath = new Option<string?>(OptionNames.StdinPath)
        {
            HelpName = "PATH",
            Description = "With PATH '-': the path the plan read from standard input is linted as (its .execplan.yaml, format and messages).",
        };
        var baseline = new Option<string?>(OptionNames.Baseline)
        {
            HelpName = "FILE",
            Description = $"Report only findings not in this baseline (default: the config's baseline:, else {Baselines.BaselineFile.DefaultName} at the root when present).",
        };
        var command = new Command(Name, "Lint plan files and folders (default: the current folder).") { paths, format, output, level, schema, config, root, baseline, quiet, maxWarnings, stdinPath };
        command.SetAction(result => Run(
            new LintArguments(result.GetValue(paths), result.GetValue(format), result.GetValue(output), result.GetValue(level), result.GetValue(schema), result.GetValue(config), result.GetValue(root))
            {
                Quiet = result.GetValue(quiet),
                MaxWarnings = result.GetValue(maxWarnings),
                StdinPath = result.GetValue(stdinPath),
                Baseline = result.GetValue(baseline),
            },
            context));
        return command;
    }

    /// <summary>What `lint --help` says after the options: where plans are looked for, where the summary goes, the exit codes.</summary>
    public static string Notes => $"""
        Lints each PATH: a file is always linted, a folder is searched for plans
        ({PlanDiscovery.Described}, plus the config's include globs).
        Each plan takes the nearest .execplan.yaml up to the repository root.

        Findings go to standard output (or FILE); the summary line
        ("{LintReport.Summary(new LintTotals([], Files: 2, Errors: 3, Warnings: 1, Infos: 1, Suppressed: 0))}") goes to standard error.
        FILE's missing folders are created. FILE is replaced only once the
        report is complete, and never when it is a folder, a config file or
        a file being linted.
        Findings the baseline holds (see 'execplan baseline') are suppressed and
        counted in the summary; entries no longer found are EXP0012 infos.
        Exit codes: 0 no active errors, 1 errors, 2 usage error, missing path,
        invalid configuration (EXP0007) or baseline (EXP0011), or output that
        could not be written.
        """;

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(LintArguments arguments, CliContext context)
    {
        var format = ReportFormats.Parse(arguments.Format);
        if (arguments.MaxWarnings < 0)
        {
            throw new UsageException($"{OptionNames.MaxWarnings} needs a count of 0 or more, got {arguments.MaxWarnings}");
        }

        var options = new LintReportOptions(arguments.Quiet, arguments.MaxWarnings);
        var input = StandardInput(arguments, context);
        var settings = new LintSettings
        {
            Input = input,
            Level = ParseLevel(arguments.Level),
            Schema = ParseSchema(arguments.Schema),
            ConfigFile = ExistingFile(arguments.Config, context),
            RootDirectory = ExistingFolder(arguments.Root, context),
            WorkingDirectory = context.WorkingDirectory,
            FileTimeBudget = context.FileTimeBudget,
            BaselineFile = arguments.Baseline is { } baseline ? context.Resolve(baseline) : null,
            Clock = context.Clock,
        };
        var resolved = input is null ? CliOptions.ResolvePaths(arguments.Paths, context) : new ResolvedPaths([context.Resolve(input.Path)], null);
        if (input is null && resolved.HasMissing)
        {
            return CliOptions.NotFound(resolved, context);
        }

        var paths = resolved.Paths;

        var target = arguments.Output is { } output ? new OutputTarget(output, context.Resolve(output)) : null;
        if (target?.Refusal(paths, settings.ConfigFile) is { } refusal)
        {
            LintReport.OutputRefused(target, refusal, context);
            return ExitCodes.Failure;
        }

        var linter = new PlanLinter(settings);
        return format == ReportFormat.Text
            ? LintReport.LintAsText(linter, paths, target, options, context)
            : LintReport.LintAsReport(linter, paths, format, target, options, context);
    }

    /// <summary>The name `lint -` gives the plan it reads from standard input when --stdin-path does not name it.</summary>
    public const string StdinName = "<stdin>";

    // `-` as the one PATH: the plan comes from standard input, linted as --stdin-path (or "<stdin>" in the working folder).
    private static PlanInput? StandardInput(LintArguments arguments, CliContext context)
    {
        var paths = arguments.Paths ?? [];
        if (!paths.Contains("-"))
        {
            return arguments.StdinPath is null ? null : throw new UsageException($"{OptionNames.StdinPath} names the plan read from standard input; give '-' as the PATH");
        }

        if (paths.Length > 1)
        {
            throw new UsageException("'-' (standard input) is the only PATH a lint of standard input takes");
        }

        if (arguments.StdinPath is { } named && Directory.Exists(context.Resolve(named)))
        {
            throw new UsageException($"{OptionNames.StdinPath} names a folder: {named}");
        }

        return new PlanInput(arguments.StdinPath ?? StdinName, context.OpenStandardInput()) { Named = arguments.StdinPath is not null };
    }

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

/// <summary>The arguments of `execplan lint` as parsed.</summary>
/// <param name="Paths">The PATH arguments.</param>
/// <param name="Format">--format, or null.</param>
/// <param name="Output">--output, or null.</param>
/// <param name="Level">--level, or null.</param>
/// <param name="Schema">--schema, or null.</param>
/// <param name="Config">--config, or null.</param>
/// <param name="Root">--root, or null.</param>
internal sealed record LintArguments(string[]? Paths, string? Format, string? Output, string? Level, string? Schema, string? Config, string? Root)
{
    /// <summary>--quiet: errors only.</summary>
    public bool Quiet { get; init; }

    /// <summary>--max-warnings, or null.</summary>
    public int? MaxWarnings { get; init; }

    /// <summary>--stdin-path, or null.</summary>
    public string? StdinPath { get; init; }

    /// <summary>--baseline, or null.</summary>
    public string? Baseline { get; init; }
}
